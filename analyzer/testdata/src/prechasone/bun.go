package prechasone // want package:"models"

import "github.com/uptrace/bun"

// Bun loads a has-one with a JOIN in the parent's query: beside a has-many
// over the same key, a user with two posts comes back twice
// (oracle/bundb). No unique fix: it would break the has-many.
type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk"`
	Posts         []*Post `bun:"rel:has-many,join:id=user_id"`
	Latest        *Post   `bun:"rel:has-one,join:id=user_id"`                       // want `User\.Latest shares Post\.UserID with the has-many User\.Posts; load the rows through User\.Posts`
	Pinned        *Post   `bun:"rel:has-one,join:id=user_id,join_on:pinned = true"` // narrowed: silent
}

type Post struct {
	ID     int64 `bun:",pk"`
	UserID int64
	Pinned bool
}
