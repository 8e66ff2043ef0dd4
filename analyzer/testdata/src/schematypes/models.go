package schematypes // want package:"models User, Post, Comment, Like, Badge"

// fk-type-mismatch where the migrations' schema holds both columns: the
// database's types decide, not the Go types.

import "gorm.io/gorm"

var _ *gorm.DB

type User struct {
	ID     uint
	Code   string  `gorm:"uniqueIndex"`
	Posts  []Post  `gorm:"foreignKey:AuthorID"`
	Badges []Badge `gorm:"foreignKey:UserCode;references:Code"`
}

// The Go types agree; the columns do not (text against bigint).
type Post struct {
	ID       uint
	AuthorID uint // want `Post\.AuthorID: column posts\.author_id is text but users\.id is int8; give both one type`
	Comments []Comment
	Likes    []Like
}

// The Go types differ (GORM reads the integer column into the string
// field), and both columns are integers: silent.
type Comment struct {
	ID     uint
	PostID string
}

// int2 against int4: PostgreSQL compares them: silent.
type Like struct {
	ID     uint
	PostID uint
}

// text against uuid.
type Badge struct {
	ID       uint
	UserCode string // want `Badge.UserCode: column badges.user_code is text but users.code is uuid`
}
