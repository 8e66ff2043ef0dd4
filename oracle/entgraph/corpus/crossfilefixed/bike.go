package crossfilefixed

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type Bike struct{ ent.Schema }

func (Bike) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("bikes").Unique()}
}
