package entfixes

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// After To(...).From(...) the annotation lands on the inverse: it moves
// before From.
type Node struct{ ent.Schema }

func (Node) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("children", Node.Type).From("parent").Unique().Annotations(entsql.OnDelete(entsql.Cascade)), // want `cascade-ineffective: Node\.parent: ON DELETE CASCADE is dropped; move it to Node\.children, which builds the key`
	}
}

// The edge.To has an Annotations call already: the action joins it, and
// only the OnDelete leaves the inverse's call.
type Team struct{ ent.Schema }

func (Team) Edges() []ent.Edge {
	return []ent.Edge{edge.To("members", Member.Type).Annotations(entsql.Annotation{Table: "crew"})}
}

type Member struct{ ent.Schema }

func (Member) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("team", Team.Type).Ref("members").Unique(). // want `cascade-ineffective: Member\.team: ON DELETE RESTRICT is dropped; move it to Team\.members, which builds the key`
			Annotations(entsql.Annotation{Table: "crew"}, entsql.OnDelete(entsql.Restrict)),
	}
}

// A comment inside the span a fix would remove: no edit, the comment
// would be lost.
type Crate struct{ ent.Schema }

func (Crate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Owner.Type).Ref("crates").Unique(). // want `cascade-ineffective: Crate\.owner: ON DELETE CASCADE is dropped; move it to Owner\.crates, which builds the key`
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// A misspelled action one edit from CASCADE is corrected; one that is
// near no action is only reported.
type Owner struct{ ent.Schema }

func (Owner) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("bikes", Bike.Type).Annotations(entsql.OnDelete("CASCASE")),            // want `tag-syntax: Owner.bikes: "CASCASE" is not a referential action.*did you mean "CASCADE"\?`
		edge.To("vans", Van.Type).Annotations(entsql.Annotation{OnDelete: "SET_NULL"}), // want `tag-syntax: Owner.vans: "SET_NULL" is not a referential action.*did you mean "SET NULL"\?`
		edge.To("cars", Car.Type).Annotations(entsql.OnDelete("DELETE")),              // want `tag-syntax: Owner.cars: "DELETE" is not a referential action.*use one of entsql's constants`
		edge.To("boats", Boat.Type).Annotations(entsql.OnDelete(entsql.SetNull)),      // want `set-null-not-nullable`
		edge.To("crates", Crate.Type),
	}
}

type Bike struct{ ent.Schema }

func (Bike) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", Owner.Type).Ref("bikes").Unique()}
}

type Van struct{ ent.Schema }

func (Van) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", Owner.Type).Ref("vans").Unique()}
}

type Car struct{ ent.Schema }

func (Car) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", Owner.Type).Ref("cars").Unique()}
}

// SET NULL on a key Required makes NOT NULL: dropping Required() and
// changing the action both change what the schema says, so no edit.
type Boat struct{ ent.Schema }

func (Boat) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", Owner.Type).Ref("boats").Unique().Required()}
}

// An optional edge on a field that is not Optional: the field follows
// the edge.
type Shed struct{ ent.Schema }

func (Shed) Fields() []ent.Field {
	return []ent.Field{field.Int("owner_id")}
}

func (Shed) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Keeper.Type).Ref("sheds").Unique().Field("owner_id"), // want `fk-missing: Shed\.owner: edge owner is optional, owner_id is not; add Optional\(\) to the field, or Required\(\) to the edge`
	}
}

type Keeper struct{ ent.Schema }

func (Keeper) Edges() []ent.Edge { return []ent.Edge{edge.To("sheds", Shed.Type)} }

// A schema-level OnDelete with one foreign key in reach moves to its
// edge.To.
type Author struct{ ent.Schema }

func (Author) Edges() []ent.Edge { return []ent.Edge{edge.To("posts", Post.Type)} }

type Post struct{ ent.Schema }

func (Post) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{OnDelete: entsql.Cascade}} // want `cascade-ineffective: Post: ON DELETE CASCADE never fires; move it to the edge\.To that owns the foreign key`
}

func (Post) Edges() []ent.Edge {
	return []ent.Edge{edge.From("author", Author.Type).Ref("posts").Unique()}
}

// Two foreign keys in reach: which one the schema-level action meant is
// unclear, so no edit.
type Blog struct{ ent.Schema }

func (Blog) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.OnDelete(entsql.Cascade)} // want `cascade-ineffective: Blog: ON DELETE CASCADE never fires; move it to the edge\.To that owns the foreign key`
}

func (Blog) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("comments", Comment.Type),
		edge.To("labels", Label.Type),
	}
}

type Comment struct{ ent.Schema }

type Label struct{ ent.Schema }
