package fktypeflag // want package:"models"

import (
	"github.com/uptrace/bun"
	_ "github.com/uptrace/bun/dialect/sqlitedialect"
)

// The package imports the SQLite dialect, but -database=mysql wins.
type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	ID       int64  `bun:",pk"`
	AuthorID string // want `Post\.AuthorID \(string\) references User\.ID \(int64\); change it to int64`
}
