// Package edgeschema holds a correct edge schema: User.liked_tweets goes
// through Like, whose edge fields form the join table's composite key.
package edgeschema

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("liked_tweets", Tweet.Type).Through("likes", Like.Type),
		edge.To("groups", Group.Type).Through("memberships", Membership.Type),
	}
}

type Tweet struct{ ent.Schema }

func (Tweet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("liked_users", User.Type).Ref("liked_tweets").Through("likes", Like.Type)}
}

type Like struct{ ent.Schema }

func (Like) Annotations() []schema.Annotation {
	return []schema.Annotation{field.ID("user_id", "tweet_id")}
}

func (Like) Fields() []ent.Field {
	return []ent.Field{field.Time("liked_at"), field.Int("user_id"), field.Int("tweet_id")}
}

func (Like) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Field("user_id"),
		edge.To("tweet", Tweet.Type).Unique().Required().Field("tweet_id").Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Group struct{ ent.Schema }

func (Group) Edges() []ent.Edge {
	return []ent.Edge{edge.From("members", User.Type).Ref("groups")}
}

// Membership keeps its own id; entc adds a unique index on the pair.
type Membership struct{ ent.Schema }

func (Membership) Fields() []ent.Field {
	return []ent.Field{field.Int("member_id"), field.Int("group_id")}
}

func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("member", User.Type).Unique().Required().Field("member_id"),
		edge.To("group", Group.Type).Unique().Required().Field("group_id"),
	}
}
