package entfixes

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

// This file does not import entsql: moving an annotation here adds it.
type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pets", Pet.Type),
	}
}
