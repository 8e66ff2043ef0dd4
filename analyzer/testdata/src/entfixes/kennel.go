package entfixes

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

// Both annotations of animals.go move here.
type Kennel struct{ ent.Schema }

func (Kennel) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("dogs", Dog.Type),
		edge.To("cats", Cat.Type),
	}
}
