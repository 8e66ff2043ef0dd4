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
	AuthorID string // want `not the key's: on MySQL/MariaDB, the foreign key cannot be created \(errno: 150 "Foreign key constraint is incorrectly formed"\) and Bun matches no row a has-many loads to its parent; change Post.AuthorID to int64$`
}
