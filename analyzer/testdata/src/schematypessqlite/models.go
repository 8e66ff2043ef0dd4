package schematypessqlite // want package:"models User, Post, Badge, Comment, Note"

// fk-type-mismatch with a SQLite schema: SQLite converts between integer
// and text columns, but not between text and BLOB ones.

import "gorm.io/gorm"

var _ *gorm.DB

type User struct {
	ID       int64
	Code     string    `gorm:"uniqueIndex"`
	Token    string    `gorm:"uniqueIndex"`
	Posts    []Post    `gorm:"foreignKey:AuthorID"`
	Badges   []Badge   `gorm:"foreignKey:UserToken;references:Token"`
	Comments []Comment `gorm:"foreignKey:UserCode;references:Code"`
	Notes    []Note    `gorm:"foreignKey:UserCode;references:Code"`
}

// TEXT against INTEGER: SQLite compares them: silent.
type Post struct {
	ID       int64
	AuthorID int64
}

// VARCHAR (text affinity) against BLOB.
type Badge struct {
	ID        int64
	UserToken string // want `Badge\.UserToken: column badges\.user_token is VARCHAR\(20\) but users\.token is BLOB; give both one type`
}

// BLOB against TEXT.
type Comment struct {
	ID       int64
	UserCode string // want `Comment.UserCode: column comments.user_code is BLOB but users.code is TEXT`
}

// A column with no type has BLOB affinity.
type Note struct {
	ID       int64
	UserCode string // want `Note.UserCode: column notes.user_code is untyped but users.code is TEXT`
}
