// Package clean holds correct ent schemas: entc builds them, and relcheck
// stays silent.
package clean

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{mixin.Time{}, Audited{}} }

func (User) Fields() []ent.Field { return []ent.Field{field.String("name")} }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pets", Pet.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("card", Card.Type).Unique(),
		edge.To("groups", Group.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Pet struct{ ent.Schema }

func (Pet) Fields() []ent.Field { return []ent.Field{field.Int("owner_id").Optional()} }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("pets").Unique().Field("owner_id")}
}

type Card struct{ ent.Schema }

func (Card) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("card").Unique().Required()}
}

type Group struct{ ent.Schema }

func (Group) Edges() []ent.Edge {
	e := edge.From("users", User.Type).Ref("groups")
	return []ent.Edge{e}
}

type Node struct{ ent.Schema }

func (Node) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Node.Type).
			Annotations(entsql.OnDelete(entsql.SetNull)).
			From("parent").Unique(),
	}
}

type Audited struct{ mixin.Schema }

func (Audited) Edges() []ent.Edge { return []ent.Edge{edge.To("audits", Audit.Type)} }

type Audit struct{ ent.Schema }

func (Audit) Edges() []ent.Edge {
	return []ent.Edge{edge.From("user", User.Type).Ref("audits").Unique()}
}
