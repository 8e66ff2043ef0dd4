// Package throughtype: an edge field whose type is not the referenced ID's.
package throughtype

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{edge.To("liked_tweets", Tweet.Type).Through("likes", Like.Type)}
}

type Tweet struct{ ent.Schema }

func (Tweet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("liked_users", User.Type).Ref("liked_tweets").Through("likes", Like.Type)}
}

type Like struct{ ent.Schema }

func (Like) Annotations() []schema.Annotation {
	return []schema.Annotation{field.ID("user_id", "tweet_id")}
}

func (Like) Fields() []ent.Field { return []ent.Field{field.String("user_id"), field.Int("tweet_id")} }

func (Like) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Field("user_id"),
		edge.To("tweet", Tweet.Type).Unique().Required().Field("tweet_id"),
	}
}
