// Package crossmanyfixed is crossmany with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package crossmanyfixed

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Kennel struct{ ent.Schema }

func (Kennel) Edges() []ent.Edge {
	return []ent.Edge{edge.To("dogs", Dog.Type).Annotations(entsql.OnDelete(entsql.Cascade)), edge.To("cats", Cat.Type).Annotations(entsql.OnDelete(entsql.Restrict))}
}
