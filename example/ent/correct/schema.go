// Package correct is the example's blog in ent, done right: relcheck is
// silent on it and entc builds it.
package correct

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Fields() []ent.Field { return []ent.Field{field.String("email").Unique()} }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("posts", Post.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("profile", Profile.Type).Unique().Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("groups", Group.Type),
	}
}

type Post struct{ ent.Schema }

func (Post) Fields() []ent.Field { return []ent.Field{field.Int("author_id")} }

func (Post) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("author", User.Type).Ref("posts").Unique().Required().Field("author_id"),
		edge.To("comments", Comment.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Comment struct{ ent.Schema }

func (Comment) Edges() []ent.Edge {
	return []ent.Edge{edge.From("post", Post.Type).Ref("comments").Unique()}
}

type Profile struct{ ent.Schema }

func (Profile) Edges() []ent.Edge {
	return []ent.Edge{edge.From("user", User.Type).Ref("profile").Unique().Required()}
}

type Group struct{ ent.Schema }

func (Group) Edges() []ent.Edge {
	return []ent.Edge{edge.From("members", User.Type).Ref("groups")}
}
