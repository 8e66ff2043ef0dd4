// Package o2ocascade holds the cascades ent#3038 contrasts, written as
// meant: a one-to-one owned by its edge.To (a user's card goes with the
// user), and the same edges without Unique() on the inverse (an item's
// key in items, going with its user).
package o2ocascade

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("card", Card.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.From("items", Item.Type).Ref("owner"),
	}
}

type Card struct{ ent.Schema }

func (Card) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("card").Unique().Required()}
}

type Item struct{ ent.Schema }

func (Item) Edges() []ent.Edge {
	return []ent.Edge{edge.To("owner", User.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade))}
}
