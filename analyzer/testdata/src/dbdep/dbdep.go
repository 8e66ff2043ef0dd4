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
	AuthorID string // want `not the key's: on PostgreSQL, every relation query fails \(operator does not exist: character varying = integer\) and the foreign key cannot be created \(cannot be implemented\); change Post.AuthorID to int64$`
}
