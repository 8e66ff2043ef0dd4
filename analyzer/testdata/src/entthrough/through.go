package entthrough // want package:"models User, Tweet, Like, Post, Tag, Tagging"

// Edge schemas, as the oracle shows them (oracle/entgraph corpus
// edgeschema and through*).

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
		edge.To("liked_tweets", Tweet.Type).Through("likes", Like.Type).Annotations(entsql.OnDelete(entsql.Cascade)), // want `cascade-ineffective: User: ON DELETE CASCADE never fires; move the annotation to Like\.user`
	}
}

type Tweet struct{ ent.Schema }

func (Tweet) Edges() []ent.Edge {
	return []ent.Edge{
		// What Like.tweet says already: no finding.
		edge.From("liked_users", User.Type).Ref("liked_tweets").Through("likes", Like.Type).
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

// The join table is likes, keyed (user_id, tweet_id).
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

type Post struct{ ent.Schema }

func (Post) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tags", Tag.Type).Through("taggings", Tagging.Type), // want `fk-missing: Post\.tags: Tagging's field\.ID\(tag_id,post_id\) is not its join columns in order`
	}
}

type Tag struct{ ent.Schema }

func (Tag) Edges() []ent.Edge {
	return []ent.Edge{edge.From("posts", Post.Type).Ref("tags")}
}

type Tagging struct{ ent.Schema }

func (Tagging) Annotations() []schema.Annotation {
	return []schema.Annotation{field.ID("tag_id", "post_id")}
}

func (Tagging) Fields() []ent.Field {
	return []ent.Field{field.Int("post_id"), field.Int("tag_id")}
}

func (Tagging) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("post", Post.Type).Unique().Required().Field("post_id"),
		edge.To("tag", Tag.Type).Unique().Required().Field("tag_id"),
	}
}
