package schematypesmysql // want package:"models User, Post, Badge, Comment, Like, Tag"

// fk-type-mismatch with a MySQL schema: MariaDB refuses a foreign key
// between columns of different integer sizes or signs, and between
// numbers and strings.

import "gorm.io/gorm"

var _ *gorm.DB

type User struct {
	ID     int64
	Code   string  `gorm:"uniqueIndex"`
	Posts  []Post  `gorm:"foreignKey:AuthorID"`
	Badges []Badge `gorm:"foreignKey:UserCode;references:Code"`
	Likes  []Like  `gorm:"foreignKey:UserCode;references:Code"`
}

// The Go types agree; the columns are int against bigint.
type Post struct {
	ID       int64
	AuthorID int64 // want `Post\.AuthorID: column posts\.author_id is int but users\.id is bigint; give both one type`
	Comments []Comment
	Tags     []Tag
}

// int against varchar.
type Badge struct {
	ID       int64
	UserCode string // want `Badge.UserCode: column badges.user_code is int but users.code is varchar`
}

// bigint against bigint: silent.
type Comment struct {
	ID     int64
	PostID int64
}

// char against varchar: MariaDB accepts the key: silent.
type Like struct {
	ID       int64
	UserCode string
}

// Unsigned against signed.
type Tag struct {
	ID     int64
	PostID int64 // want `Tag.PostID: column tags.post_id is bigint unsigned but posts.id is bigint`
}
