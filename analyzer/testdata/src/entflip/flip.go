package entflip // want package:"models Item, User, Card, Pet, Person, Box"

// ent#3038, as the oracle shows it (oracle/entgraph corpus uniqueflip,
// o2ocascade).

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Item struct{ ent.Schema }

func (Item) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", User.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade)), // want `inverse-mismatch: Item\.owner: ON DELETE CASCADE runs backwards, as User\.items is unique; drop that Unique\(\)`
	}
}

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("items", Item.Type).Ref("owner").Unique(),
		// ent's documented one-to-one: the card goes with its user.
		edge.To("card", Card.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade)),
		// Not unique: the key is the pet's, and goes with its user.
		edge.From("pets", Pet.Type).Ref("owner"),
	}
}

type Card struct{ ent.Schema }

func (Card) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("card").Unique().Required()}
}

type Pet struct{ ent.Schema }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.To("owner", User.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade))}
}

// Both unique with a singular name: a one-to-one as written.
type Person struct{ ent.Schema }

func (Person) Edges() []ent.Edge {
	return []ent.Edge{edge.To("box", Box.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade))}
}

type Box struct{ ent.Schema }

func (Box) Edges() []ent.Edge {
	return []ent.Edge{edge.From("person", Person.Type).Ref("box").Unique()}
}
