package correct

import "github.com/go-pg/pg/v10"

// UsersWithPosts loads users with their posts' authors and their profiles.
func UsersWithPosts(db *pg.DB) ([]User, error) {
	var users []User
	err := db.Model(&users).Relation("Posts.Author").Relation("Profile").Select()
	return users, err
}
