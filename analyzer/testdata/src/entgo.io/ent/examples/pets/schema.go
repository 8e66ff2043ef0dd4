package pets // want package:"models User, Pet"

// Schemas in a package below entgo.io/ent (ent's own examples) are
// schemas like any other; only entgo.io/ent's base types are not.

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("pets", Pet.Type)} }

type Pet struct{ ent.Schema }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("petz").Unique()} // want `fk-missing: Pet.owner: Ref\("petz"\) names no edge.To of User`
}
