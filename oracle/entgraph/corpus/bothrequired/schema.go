// Package bothrequired: both sides of an edge are Required.
package bothrequired

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("keys", Key.Type).Required()} }

type Key struct{ ent.Schema }

func (Key) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("keys").Unique().Required()}
}
