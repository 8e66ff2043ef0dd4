// Package missingref: an inverse edge Refs an edge that does not exist.
package missingref

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("cars", Car.Type)} }

type Car struct{ ent.Schema }

func (Car) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("car").Unique()}
}
