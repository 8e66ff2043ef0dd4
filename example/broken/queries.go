package broken

import "gorm.io/gorm"

// UsersWithPosts loads users with their posts' comments and their
// profiles. The relation names are strings; GORM checks them only when the
// query runs.
func UsersWithPosts(db *gorm.DB) ([]User, error) {
	var users []User
	q := db.Preload("Posts.Coments") // relation-missing: Post's field is Comments
	q = q.Joins("Pinned")            // join-to-many: GORM panics joining a has-many
	err := q.Joins("Profile").Find(&users).Error
	return users, err
}
