// Package throughaction: an OnDelete on an edge that goes through an edge
// schema is never read; the join keys take their edge schema's actions.
package throughaction

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("liked_tweets", Tweet.Type).Through("likes", Like.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

type Tweet struct{ ent.Schema }

func (Tweet) Edges() []ent.Edge {
	return []ent.Edge{edge.From("liked_users", User.Type).Ref("liked_tweets").Through("likes", Like.Type)}
}

type Like struct{ ent.Schema }

func (Like) Fields() []ent.Field { return []ent.Field{field.Int("user_id"), field.Int("tweet_id")} }

func (Like) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Unique().Required().Field("user_id"),
		edge.To("tweet", Tweet.Type).Unique().Required().Field("tweet_id"),
	}
}
