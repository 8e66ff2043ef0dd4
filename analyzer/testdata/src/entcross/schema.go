package entcross // want package:"models Plan, Phase, Item"

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"entmixin"
)

type Plan struct{ ent.Schema }

func (Plan) Mixin() []ent.Mixin {
	return []ent.Mixin{entmixin.IDMixin{}, entmixin.NamespaceMixin{}}
}

func (Plan) Edges() []ent.Edge {
	return []ent.Edge{edge.To("phases", Phase.Type), edge.To("items", Item.Type)}
}

// The key is a string, as the mixin's ID: entc accepts it.
type Phase struct{ ent.Schema }

func (Phase) Fields() []ent.Field {
	return []ent.Field{field.String("plan_id").Optional()}
}

func (Phase) Edges() []ent.Edge {
	return []ent.Edge{edge.From("plan", Plan.Type).Ref("phases").Unique().Field("plan_id")}
}

// An int key for the string ID: entc refuses it.
type Item struct{ ent.Schema }

func (Item) Fields() []ent.Field {
	return []ent.Field{field.Int("plan_id").Optional()}
}

func (Item) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("plan", Plan.Type).Ref("items").Unique().Field("plan_id"), // want `Item\.plan: plan_id is int but Plan's ID is string; declare plan_id with the same builder`
	}
}
