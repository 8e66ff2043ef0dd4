// Package chainactionfixed is chainaction with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package chainactionfixed

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type Node struct{ ent.Schema }

func (Node) Edges() []ent.Edge {
	return []ent.Edge{edge.To("children", Node.Type).Annotations(entsql.OnDelete(entsql.Cascade)).From("parent").Unique()}
}
