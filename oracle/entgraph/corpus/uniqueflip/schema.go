// Package uniqueflip is ent#3038: Unique() on the inverse User.items makes
// the pair one-to-one, so entc moves the foreign key into users, and the
// CASCADE on Item.owner deletes a user when its item is deleted.
package uniqueflip

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

type Item struct{ ent.Schema }

func (Item) Edges() []ent.Edge {
	return []ent.Edge{edge.To("owner", User.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade))}
}

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{edge.From("items", Item.Type).Ref("owner").Unique()}
}
