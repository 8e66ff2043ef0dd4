// Package broken is the example's blog in ent with one mistake per rule
// that applies to ent. entc rejects the first; the others it accepts.
package broken

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
		edge.To("posts", Post.Type),
		// set-null-not-nullable: Profile.user is Required, so the key is NOT NULL.
		edge.To("profile", Profile.Type).Unique().Annotations(entsql.OnDelete(entsql.SetNull)),
		edge.To("groups", Group.Type),
		// tag-syntax: no database knows this action.
		edge.To("drafts", Draft.Type).Annotations(entsql.OnDelete("CASCASE")),
	}
}

type Post struct{ ent.Schema }

func (Post) Fields() []ent.Field { return []ent.Field{field.Int("author_id")} }

func (Post) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("author", User.Type).Ref("posts").Unique().Required().Field("author_id"),
		edge.To("comments", Comment.Type),
	}
}

type Comment struct{ ent.Schema }

func (Comment) Edges() []ent.Edge {
	return []ent.Edge{
		// cascade-ineffective: entc reads OnDelete only on the edge.To.
		edge.From("post", Post.Type).Ref("comments").Unique().Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Profile struct{ ent.Schema }

func (Profile) Edges() []ent.Edge {
	return []ent.Edge{edge.From("user", User.Type).Ref("profile").Unique().Required()}
}

type Group struct{ ent.Schema }

func (Group) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("members", User.Type).Ref("groups"),
		// inverse-ambiguous: a second inverse of User.groups.
		edge.From("admins", User.Type).Ref("groups"),
	}
}

type Draft struct{ ent.Schema }

func (Draft) Edges() []ent.Edge {
	// fk-missing: User has no edge "draft"; entc fails at code generation.
	return []ent.Edge{edge.From("author", User.Type).Ref("draft").Unique()}
}
