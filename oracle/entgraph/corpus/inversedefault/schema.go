// Package inversedefault: SET NULL on the inverse edge of a nullable key,
// which entc drops but writes anyway as its default.
package inversedefault

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Shelf struct{ ent.Schema }

func (Shelf) Edges() []ent.Edge { return []ent.Edge{edge.To("books", Book.Type)} }

type Book struct{ ent.Schema }

func (Book) Edges() []ent.Edge {
	return []ent.Edge{edge.From("shelf", Shelf.Type).Ref("books").Unique().
		Annotations(entsql.OnDelete(entsql.SetNull))}
}
