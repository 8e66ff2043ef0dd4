package entrels // want package:"models Owner, Car, Boat, Tag, Bike, Van, Key, House, Shed, Barn, User, Pet, Card, Group, Node, Audit, Team, Member, Shelf, Book"

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type Owner struct{ ent.Schema }

func (Owner) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("cars", Car.Type),
		edge.To("boats", Boat.Type).Annotations(entsql.OnDelete(entsql.SetNull)), // want `set-null-not-nullable`
		edge.To("tags", Tag.Type).Annotations(entsql.OnDelete(entsql.Restrict)),   // want `cascade-ineffective: Owner declares ON DELETE RESTRICT, but Owner.tags is many-to-many`
		edge.To("bikes", Bike.Type).Annotations(entsql.OnDelete("CASCASE")),       // want `tag-syntax: Owner.bikes: "CASCASE" is not a referential action.*did you mean "CASCADE"\?`
		edge.To("keys", Key.Type).Required(),
		edge.To("houses", House.Type),
		edge.To("sheds", Shed.Type),
		edge.To("barns", Barn.Type),
		edge.To("vans", Van.Type),
	}
}

func (Owner) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entsql.Annotation{OnDelete: entsql.Cascade}, // want `cascade-ineffective: Owner declares ON DELETE CASCADE, but ent reads OnDelete only from an edge's annotations`
	}
}

type Car struct{ ent.Schema }

func (Car) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("car").Unique(), // want `fk-missing: Car.owner: Ref\("car"\) names no edge.To of Owner.*did you mean "cars"\?`
	}
}

type Boat struct{ ent.Schema }

func (Boat) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("boats").Unique().Required(),
	}
}

type Tag struct{ ent.Schema }

func (Tag) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owners", Owner.Type).Ref("tags")}
}

type Bike struct{ ent.Schema }

func (Bike) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("bikes").Unique(),
	}
}

type Van struct{ ent.Schema }

func (Van) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("vans").Unique(). // want `cascade-ineffective: Van.owner declares ON DELETE CASCADE, but ent builds the foreign key from the other side, Owner.vans`
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Key struct{ ent.Schema }

func (Key) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("keys").Unique().Required(), // want `fk-missing: Key.owner: both Key.owner and Owner.keys are Required.*ent fails at code generation with "edges cannot be required in both directions: Key.owner <-> Owner.keys"`
	}
}

type House struct{ ent.Schema }

func (House) Fields() []ent.Field {
	return []ent.Field{field.Int64("owner_id").Optional()}
}

func (House) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("houses").Unique().Field("owner_id"), // want `fk-missing: House.owner: field owner_id is int64, but the ID of Owner is int`
	}
}

type Shed struct{ ent.Schema }

func (Shed) Fields() []ent.Field {
	return []ent.Field{field.Int("owner_id")}
}

func (Shed) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("sheds").Unique().Field("owner_id"), // want `fk-missing: Shed.owner: the edge owner is optional but its field owner_id is not`
	}
}

type Barn struct{ ent.Schema }

func (Barn) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("barns").Unique(),
		edge.From("keeper", Owner.Type).Ref("barns").Unique(), // want `inverse-ambiguous: Barn.owner \(broken.go:\d+\) and Barn.keeper both declare Owner.barns as their inverse; ent pairs it with only one`
	}
}
