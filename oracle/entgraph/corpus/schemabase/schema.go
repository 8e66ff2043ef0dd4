// Package schemabase: schemas that get ent.Schema through an unexported
// base type, which entc does not load as a schema of its own.
package schemabase

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type base struct{ ent.Schema }

type User struct{ base }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("pets", Pet.Type)} }

type Pet struct{ base }
