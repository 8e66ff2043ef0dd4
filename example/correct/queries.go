package correct

import "gorm.io/gorm"

// UsersWithPosts loads users with their posts, groups and profiles:
// Preload for the lists, a join for the one-to-one.
func UsersWithPosts(db *gorm.DB) ([]User, error) {
	var users []User
	q := db.Preload("Posts.Author").Preload("Groups.Members")
	err := q.Joins("Profile").Find(&users).Error
	return users, err
}
