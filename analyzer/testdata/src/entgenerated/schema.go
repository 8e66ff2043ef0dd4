package generated // want package:"models User, Pet, Group, App, AppStripe"

// Package generated: ent schemas with the schema entc generated from them;
// the two agree, and relcheck reports only what it reports without the file. The .go files are copies of
// oracle/entgraph/corpus/generated (see package stale).

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Fields() []ent.Field { return []ent.Field{field.String("name")} }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pets", Pet.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("groups", Group.Type),
	}
}

type Pet struct{ ent.Schema }

func (Pet) Fields() []ent.Field { return []ent.Field{field.String("name").Unique()} }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("pets").Unique()}
}

type Group struct{ ent.Schema }

// Columns: the id's StorageKey, and ent's snake_case of a field's name.
func (Group) Fields() []ent.Field {
	return []ent.Field{field.Int("id").StorageKey("gid"), field.String("DisplayName").Optional()}
}

// The action entc drops (the key is User.groups'): reported with the
// generated schema as without it.
func (Group) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("groups").Unique().Annotations(entsql.OnDelete(entsql.Cascade)), // want `cascade-ineffective`
	}
}

// A table named by annotation, and a key stored in the primary key
// column (StorageKey), which stays NOT NULL.
type App struct{ ent.Schema }

func (App) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{Table: "app"}}
}

func (App) Fields() []ent.Field { return []ent.Field{field.String("id")} }

type AppStripe struct{ ent.Schema }

func (AppStripe) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Table("app_stripe")}
}

func (AppStripe) Fields() []ent.Field { return []ent.Field{field.String("id")} }

func (AppStripe) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("app", App.Type).StorageKey(edge.Column("id")).Unique().Immutable().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}
