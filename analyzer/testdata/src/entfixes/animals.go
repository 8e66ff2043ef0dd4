package entfixes // want package:"models Dog, Cat, Kennel, Node, Team, Member, Crate, Owner, Bike, Van, Car, Boat, Shed, Keeper, Author, Post, Blog, Comment, Label, Pet, Shop, Depot, Item, User; parts Stocked"

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
)

// Two annotations are this file's only uses of entsql: each fix moves
// both, so that the import goes only once nothing uses it.
type Dog struct{ ent.Schema }

func (Dog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("kennel", Kennel.Type).Ref("dogs").Unique().Annotations(entsql.OnDelete(entsql.Cascade)), // want `cascade-ineffective: Dog\.kennel: ON DELETE CASCADE is dropped; move it to Kennel\.dogs, which builds the key`
	}
}

type Cat struct{ ent.Schema }

func (Cat) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("kennel", Kennel.Type).Ref("cats").Unique().Annotations(entsql.OnDelete(entsql.Restrict)), // want `cascade-ineffective: Cat\.kennel: ON DELETE RESTRICT is dropped; move it to Kennel\.cats, which builds the key`
	}
}
