package crossmany

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Dog struct{ ent.Schema }

func (Dog) Edges() []ent.Edge {
	return []ent.Edge{edge.From("kennel", Kennel.Type).Ref("dogs").Unique().Annotations(entsql.OnDelete(entsql.Cascade))}
}

type Cat struct{ ent.Schema }

func (Cat) Edges() []ent.Edge {
	return []ent.Edge{edge.From("kennel", Kennel.Type).Ref("cats").Unique().Annotations(entsql.OnDelete(entsql.Restrict))}
}
