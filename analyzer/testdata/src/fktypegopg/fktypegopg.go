package fktypegopg // want package:"models"

// go-pg keeps the Go type and runs only on PostgreSQL.
type User struct {
	tableName struct{} `pg:"users"`
	ID        int64
	Posts     []*Post `pg:"rel:has-many,join_fk:author_id"`
}

type Post struct {
	ID       int64
	AuthorID string // want `Post\.AuthorID \(string\) references User\.ID \(int64\); make it a nullable int64 like \*int64`
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
