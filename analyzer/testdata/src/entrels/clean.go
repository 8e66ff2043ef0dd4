package entrels

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// Correct schemas: none of these draws a finding.

type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{mixin.Time{}, Audited{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{field.String("name")}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		// One-to-many, cascade declared on the edge.To that owns the key.
		edge.To("pets", Pet.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
		// One-to-one: ent makes the key unique itself.
		edge.To("card", Card.Type).Unique(),
		// Many-to-many: join rows always cascade.
		edge.To("groups", Group.Type),
	}
}

type Pet struct{ ent.Schema }

func (Pet) Fields() []ent.Field {
	return []ent.Field{field.Int("owner_id").Optional()}
}

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", User.Type).Ref("pets").Unique().Field("owner_id"),
	}
}

type Card struct{ ent.Schema }

func (Card) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", User.Type).Ref("card").Unique().Required(),
	}
}

type Group struct{ ent.Schema }

func (Group) Edges() []ent.Edge {
	e := edge.From("users", User.Type).Ref("groups")
	return []ent.Edge{e}
}

// A tree: the parent edge's key sits in the same table; SET NULL on a
// nullable self-reference is what ent does by default anyway.
type Node struct{ ent.Schema }

func (Node) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Node.Type).
			Annotations(entsql.OnDelete(entsql.SetNull)).
			From("parent").Unique(),
	}
}

// Audited is a mixin of this package: its edge belongs to each schema
// that uses it.
type Audited struct{ mixin.Schema }

func (Audited) Edges() []ent.Edge {
	return []ent.Edge{edge.To("audits", Audit.Type)}
}

type Audit struct{ ent.Schema }

func (Audit) Edges() []ent.Edge {
	return []ent.Edge{edge.From("user", User.Type).Ref("audits").Unique()}
}

// Built by a helper relcheck does not follow: the schema is partial,
// and an inverse referencing one of its edges is not reported.
type Team struct{ ent.Schema }

func (Team) Edges() []ent.Edge { return teamEdges() }

func teamEdges() []ent.Edge { return []ent.Edge{edge.To("members", Member.Type)} }

type Member struct{ ent.Schema }

func (Member) Edges() []ent.Edge {
	return []ent.Edge{edge.From("team", Team.Type).Ref("members").Unique()}
}

// SET NULL on the inverse is dropped, but it is what ent writes anyway
// for a nullable key: no consequence, no finding.
type Shelf struct{ ent.Schema }

func (Shelf) Edges() []ent.Edge {
	return []ent.Edge{edge.To("books", Book.Type)}
}

type Book struct{ ent.Schema }

func (Book) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("shelf", Shelf.Type).Ref("books").Unique().
			Annotations(entsql.OnDelete(entsql.SetNull)),
	}
}
