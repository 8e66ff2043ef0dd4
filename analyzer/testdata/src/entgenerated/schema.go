package generated // want package:"models User, Pet, Group"

// Package generated: ent schemas with the schema entc generated from them;
// the two agree, and relcheck stays silent. The .go files are copies of
// oracle/entgraph/corpus/generated (see package stale).

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
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
