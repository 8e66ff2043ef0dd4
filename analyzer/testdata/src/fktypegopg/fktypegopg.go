package fktypegopg // want package:"models"

// go-pg keeps the Go type and runs only on PostgreSQL.
type User struct {
	tableName struct{} `pg:"users"`
	ID        int64
	Posts     []*Post `pg:"rel:has-many,join_fk:author_id"`
}

type Post struct {
	ID       int64
	AuthorID string // want `Post.AuthorID is string \(string\) but references User.ID \(fktypegopg.go:\d+\), which is int64 \(integer\), through User.Posts; go-pg gives the column the field's own type, text, not the key's: on PostgreSQL, every relation query fails \(operator does not exist: text = integer\) and the foreign key cannot be created \(cannot be implemented\); change Post.AuthorID to `
}

type Team struct {
	tableName struct{} `pg:"teams"`
	ID        int64
	Members   []*Member `pg:"rel:has-many"`
}

type Member struct {
	ID     int64
	TeamID int64
}
