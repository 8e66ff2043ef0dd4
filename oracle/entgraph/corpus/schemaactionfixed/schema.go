// Package schemaactionfixed is schemaaction with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package schemaactionfixed

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

func (User) Edges() []ent.Edge {
	return []ent.Edge{edge.To("posts", Post.Type).Annotations(entsql.OnDelete(entsql.Cascade))}
}

type Post struct{ ent.Schema }

func (Post) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}

func (Post) Edges() []ent.Edge {
	return []ent.Edge{edge.From("author", User.Type).Ref("posts").Unique()}
}
