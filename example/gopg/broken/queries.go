package broken

import "github.com/go-pg/pg/v10"

// UsersWithPosts loads users with their posts.
func UsersWithPosts(db *pg.DB) ([]User, error) {
	var users []User
	err := db.Model(&users).Relation("posts").Select() // relation-missing: the field is Posts
	return users, err
}
