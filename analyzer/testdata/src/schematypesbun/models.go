package schematypesbun // want package:"models"

// fk-type-mismatch where the columns agree but the Go types do not: the
// database compares the columns, and Bun still matches a has-many's rows
// to their parent by Go value.

import "github.com/uptrace/bun"

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	bun.BaseModel `bun:"table:posts"`
	ID            int64  `bun:",pk"`
	AuthorID      string // want `Post\.AuthorID is string but User\.ID is int64: Bun cannot load User\.Posts; change it to int64`
}

// Only a belongs-to: a join, which the database compares: silent.
type Team struct {
	bun.BaseModel `bun:"table:teams"`
	ID            int64 `bun:",pk,autoincrement"`
}

type Member struct {
	bun.BaseModel `bun:"table:members"`
	ID            int64 `bun:",pk"`
	TeamID        string
	Team          *Team `bun:"rel:belongs-to,join:team_id=id"`
}
