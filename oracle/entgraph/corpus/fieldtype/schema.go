// Package fieldtype: an edge field's type is not the referenced ID's.
package fieldtype

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("houses", House.Type)} }

type House struct{ ent.Schema }

func (House) Fields() []ent.Field { return []ent.Field{field.Int64("owner_id").Optional()} }

func (House) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("houses").Unique().Field("owner_id")}
}
