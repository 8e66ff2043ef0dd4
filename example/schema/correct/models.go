// Package correct holds models whose schema comes from SQL migrations
// (golang-migrate layout, in migrations/). relcheck-schema wrote
// relcheck_schema.go from them; the models and the migrations agree, and
// relcheck is silent.
package correct

//go:generate go tool relcheck-schema -dialect=postgres migrations

// User has many posts (deleted with it) and one profile.
type User struct {
	ID      uint
	Name    string   `gorm:"size:100;not null"`
	Email   string   `gorm:"uniqueIndex"`
	Posts   []Post   `gorm:"foreignKey:AuthorID;constraint:OnDelete:CASCADE"`
	Profile *Profile `gorm:"constraint:OnDelete:CASCADE"`
}

// Post belongs to its author and has many comments.
type Post struct {
	ID       uint
	Title    string
	AuthorID uint `gorm:"index"`
	Author   User
	Comments []Comment `gorm:"constraint:OnDelete:CASCADE"`
}

// Comment belongs to a post.
type Comment struct {
	ID     uint
	PostID uint `gorm:"index"`
	Body   string
}

// Profile is one-to-one with User.
type Profile struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Bio    string
}
