package dbdep // want package:"models"

import (
	"github.com/uptrace/bun"

	_ "dbstore"
)

// The driver is imported by a dependency: the message speaks for
// PostgreSQL only.
type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	ID       int64  `bun:",pk"`
	AuthorID string // want `Post\.AuthorID \(string\) references User\.ID \(int64\); change it to int64`
}
