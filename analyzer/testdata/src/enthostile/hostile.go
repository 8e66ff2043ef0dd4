package enthostile // want package:"models A, B, C, D"

import (
	"fmt"

	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Schemas written in ways relcheck does not follow: each is partial, and
// nothing that needs its whole edge set is reported.

type A struct{ ent.Schema }

func (A) Fields() []ent.Field { return []ent.Field{field.Int(fmt.Sprint("x"))} }

func (A) Edges() []ent.Edge { return append(common(), edge.To("bs", B.Type)) }

func common() []ent.Edge { return nil }

type B struct{ ent.Schema }

func (B) Edges() []ent.Edge {
	var out []ent.Edge
	for _, n := range []string{"cs", "ds"} {
		out = append(out, edge.To(n, C.Type))
	}
	return out
}

type C struct{ ent.Schema }

func (C) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("a", A.Type).Ref("as").Unique(), // A is partial: its edge may exist
		edge.From("b", B.Type).Ref("cs").Unique(),
		nil,
	}
}

// Two returns, a parameter name and a method value.
type D struct{ ent.Schema }

func (D) Edges() []ent.Edge {
	if len(fmt.Sprint()) > 0 {
		return nil
	}
	return []ent.Edge{edge.To(name(), C.Type)}
}

func name() string { return "c" }

// A generic schema is never a model.
type G[T any] struct{ ent.Schema }

func (G[T]) Edges() []ent.Edge { return []ent.Edge{edge.To("x", A.Type)} }
