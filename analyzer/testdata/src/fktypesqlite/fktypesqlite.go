package fktypesqlite // want package:"models"

import (
	"github.com/uptrace/bun"
	_ "github.com/uptrace/bun/dialect/sqlitedialect"
)

// On SQLite a belongs-to over a string key to an integer key works: the
// join compares by value and the constraint holds. Nothing to report.
type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64 `bun:",pk,autoincrement"`
}

type Post struct {
	ID       int64 `bun:",pk"`
	AuthorID string
	Author   *User `bun:"rel:belongs-to,join:author_id=id"`
}

// A has-many over the same mapping is what fails there.
type Team struct {
	bun.BaseModel `bun:"table:teams"`
	ID            int64     `bun:",pk,autoincrement"`
	Members       []*Member `bun:"rel:has-many,join:id=team_id"`
}

type Member struct {
	ID     int64  `bun:",pk"`
	TeamID string // want `Member\.TeamID \(string\) references Team\.ID \(int64\); change it to int64`
}
