package crossfile

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Bike struct{ ent.Schema }

func (Bike) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("bikes").Unique().
		Annotations(entsql.OnDelete(entsql.Cascade))}
}
