// Package schemaaction: OnDelete in the schema's own Annotations.
package schemaaction

import "entgo.io/ent/schema"

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("posts", Post.Type)} }

type Post struct{ ent.Schema }

func (Post) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Annotation{OnDelete: entsql.Cascade}}
}

func (Post) Edges() []ent.Edge {
	return []ent.Edge{edge.From("author", User.Type).Ref("posts").Unique()}
}
