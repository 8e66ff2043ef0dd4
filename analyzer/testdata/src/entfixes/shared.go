package entfixes

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/mixin"
)

// An edge.To of a mixin two schemas use: moving the action into it would
// change the other schema's key too, so no edit.
type Stocked struct{ mixin.Schema }

func (Stocked) Edges() []ent.Edge {
	return []ent.Edge{edge.To("items", Item.Type)}
}

type Shop struct{ ent.Schema }

func (Shop) Mixin() []ent.Mixin { return []ent.Mixin{Stocked{}} }

type Depot struct{ ent.Schema }

func (Depot) Mixin() []ent.Mixin { return []ent.Mixin{Stocked{}} }

type Item struct{ ent.Schema }

func (Item) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("shop", Shop.Type).Ref("items").Unique().Annotations(entsql.OnDelete(entsql.Cascade)), // want `cascade-ineffective: Item\.shop: ON DELETE CASCADE is dropped; move it to Shop\.items, which builds the key`
		edge.From("depot", Depot.Type).Ref("items").Unique(),
	}
}
