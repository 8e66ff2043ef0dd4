// Package inverseactionfixed is inverseaction with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package inverseactionfixed

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
	return []ent.Edge{edge.To("bikes", Bike.Type).Annotations(entsql.OnDelete(entsql.Cascade))}
}

type Bike struct{ ent.Schema }

func (Bike) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("bikes").Unique()}
}
