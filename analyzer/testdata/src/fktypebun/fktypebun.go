package fktypebun // want package:"models"

import "github.com/uptrace/bun"

// Bun keeps the Go type: a string key to an integer key is a text column.
// Nothing says which database, so the message covers PostgreSQL and MySQL.
type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	ID       int64  `bun:",pk"`
	AuthorID string // want `Post\.AuthorID \(string\) references User\.ID \(int64\); change it to int64`
}

// The fix: the key's type. Widths do not matter.
type Team struct {
	bun.BaseModel `bun:"table:teams"`
	ID            int64     `bun:",pk,autoincrement"`
	Members       []*Member `bun:"rel:has-many,join:id=team_id"`
}

type Member struct {
	ID     int64 `bun:",pk"`
	TeamID int32
}

// String keys on both sides are fine.
type Account struct {
	bun.BaseModel `bun:"table:accounts"`
	Code          string  `bun:",pk"`
	Items         []*Item `bun:"rel:has-many,join:code=account_code"`
}

type Item struct {
	ID          int64 `bun:",pk"`
	AccountCode string
}
