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
		edge.To("tags", Tag.Type).Annotations(entsql.OnDelete(entsql.Restrict)),   // want `Owner: ON DELETE RESTRICT never fires; remove the annotation`
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
		entsql.Annotation{OnDelete: entsql.Cascade}, // want `Owner: ON DELETE CASCADE never fires; move it to the edge\.To that owns the foreign key`
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
		edge.From("owner", Owner.Type).Ref("vans").Unique(). // want `Van\.owner: ON DELETE CASCADE is dropped; move it to Owner\.vans, which builds the key`
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Key struct{ ent.Schema }

func (Key) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("keys").Unique().Required(), // want `Key\.owner: both Key\.owner and Owner\.keys are Required; drop Required\(\) from one of them`
	}
}

type House struct{ ent.Schema }

func (House) Fields() []ent.Field {
	return []ent.Field{field.Int64("owner_id").Optional()}
}

func (House) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("houses").Unique().Field("owner_id"), // want `House\.owner: owner_id is int64 but Owner's ID is int; declare owner_id with the same builder`
	}
}

type Shed struct{ ent.Schema }

func (Shed) Fields() []ent.Field {
	return []ent.Field{field.Int("owner_id")}
}

func (Shed) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("sheds").Unique().Field("owner_id"), // want `Shed\.owner: edge owner is optional, owner_id is not; add Optional\(\) to the field, or Required\(\) to the edge`
	}
}

type Barn struct{ ent.Schema }

func (Barn) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("barns").Unique(),
		edge.From("keeper", Owner.Type).Ref("barns").Unique(), // want `Barn\.owner and Barn\.keeper both declare Owner\.barns as their inverse; remove one`
	}
}
