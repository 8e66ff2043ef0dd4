package stale // want package:"models User, Pet, Group, Toy"

// Package stale: ent schemas changed since entc last ran. The .go files
// are copies of oracle/entgraph/corpus/stale, where entc generates
// relcheck_schema.go (oracle: go test ./entgraph -run TestGeneratedSchema
// -update); TestAnalyzerCopies holds the copies to it.

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("name"),
		field.String("email").Unique(), // new // want `schema-drift: the schema entc generated is older than this code \(3 differences\): rerun entc, then relcheck-schema`
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("pets", Pet.Type).Annotations(entsql.OnDelete(entsql.SetNull)), // was Cascade
		edge.To("groups", Group.Type),
		edge.To("toys", Toy.Type), // new, with its schema
	}
}

type Pet struct{ ent.Schema }

func (Pet) Fields() []ent.Field { return []ent.Field{field.String("name").Unique()} }

func (Pet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("pets").Unique()}
}

type Group struct{ ent.Schema }

func (Group) Fields() []ent.Field {
	return []ent.Field{field.Int("id").StorageKey("gid"), field.String("DisplayName").Optional()}
}

type Toy struct{ ent.Schema }
