package correct

import (
	"context"

	"github.com/uptrace/bun"
)

// UsersWithPosts loads users with their posts' authors and their groups.
func UsersWithPosts(ctx context.Context, db *bun.DB) ([]User, error) {
	var users []User
	err := db.NewSelect().Model(&users).
		Relation("Posts.Author").
		Relation("Groups").
		Scan(ctx)
	return users, err
}
