package broken

import (
	"context"

	"github.com/uptrace/bun"
)

// UsersWithPosts loads users with their posts' authors.
func UsersWithPosts(ctx context.Context, db *bun.DB) ([]User, error) {
	var users []User
	err := db.NewSelect().Model(&users).
		Relation("Posts.Autor"). // relation-missing: Post's field is Author
		Scan(ctx)
	return users, err
}
