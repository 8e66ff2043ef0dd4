// Package tworefs: two inverse edges Ref one edge.
package tworefs

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("barns", Barn.Type)} }

type Barn struct{ ent.Schema }

func (Barn) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", User.Type).Ref("barns").Unique(),
		edge.From("keeper", User.Type).Ref("barns").Unique(),
	}
}
