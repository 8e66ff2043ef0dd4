// Package broken holds the same models as ../correct, but its migrations
// drifted from them: one finding of schema-drift for each kind.
package broken

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
