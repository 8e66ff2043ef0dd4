// Package crossfilefixed is crossfile with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package crossfilefixed

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{edge.To("bikes", Bike.Type).Annotations(entsql.OnDelete(entsql.Cascade))}
}
