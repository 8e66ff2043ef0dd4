package entfixes

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

// The annotation is this file's only use of entsql: moving it to the
// edge.To in users.go drops the import here.
type Pet struct{ ent.Schema }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", User.Type). // want `cascade-ineffective: Pet\.owner: ON DELETE CASCADE is dropped; move it to User\.pets, which builds the key`
			Ref("pets").
			Unique().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}
