// Package chainaction: OnDelete after To(...).From(...), which lands on
// the inverse.
package chainaction

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
	return []ent.Edge{edge.To("children", Node.Type).From("parent").Unique().
		Annotations(entsql.OnDelete(entsql.Cascade))}
}
