package crossmanyfixed

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type Dog struct{ ent.Schema }

func (Dog) Edges() []ent.Edge {
	return []ent.Edge{edge.From("kennel", Kennel.Type).Ref("dogs").Unique()}
}

type Cat struct{ ent.Schema }

func (Cat) Edges() []ent.Edge {
	return []ent.Edge{edge.From("kennel", Kennel.Type).Ref("cats").Unique()}
}
