// Package stale holds ent schemas changed since entc last ran: its
// relcheck_schema.go is the one entc generated from package generated's
// schemas (TestGeneratedSchema -update). relcheck says so once.
package stale

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("name"),
		field.String("email").Unique(), // new
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pets", Pet.Type).Annotations(entsql.OnDelete(entsql.SetNull)), // was Cascade
		edge.To("groups", Group.Type),
		edge.To("toys", Toy.Type), // new, with its schema
	}
}

type Pet struct{ ent.Schema }

func (Pet) Fields() []ent.Field { return []ent.Field{field.String("name").Unique()} }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("pets").Unique()}
}

type Group struct{ ent.Schema }

func (Group) Fields() []ent.Field {
	return []ent.Field{field.Int("id").StorageKey("gid"), field.String("DisplayName").Optional()}
}

type Toy struct{ ent.Schema }
