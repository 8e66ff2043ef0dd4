// Package setnullrequired: SET NULL on a key the inverse makes NOT NULL.
package setnullrequired

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
	return []ent.Edge{edge.To("boats", Boat.Type).Annotations(entsql.OnDelete(entsql.SetNull))}
}

type Boat struct{ ent.Schema }

func (Boat) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("boats").Unique().Required()}
}
