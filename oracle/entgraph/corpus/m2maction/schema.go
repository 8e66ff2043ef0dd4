// Package m2maction: OnDelete on a many-to-many edge.
package m2maction

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{edge.To("tags", Tag.Type).Annotations(entsql.OnDelete(entsql.Restrict))}
}

type Tag struct{ ent.Schema }

func (Tag) Edges() []ent.Edge { return []ent.Edge{edge.From("users", User.Type).Ref("tags")} }
