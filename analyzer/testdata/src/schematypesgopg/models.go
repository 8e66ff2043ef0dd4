package schematypesgopg // want package:"models"

// The columns agree and the Go types do not: go-pg reads the integer key
// into the string field and matches it; silent.

import "github.com/go-pg/pg/v10"

var _ *pg.DB

type User struct {
	tableName struct{} `pg:"users"`
	ID        int64
	Posts     []*Post `pg:"rel:has-many,join_fk:author_id"`
}

type Post struct {
	tableName struct{} `pg:"posts"`
	ID        int64
	AuthorID  string
	Author    *User `pg:"rel:has-one"`
}
