package bunextend // want package:"models User, UserWithComments, UserView, Comment, Avatar, Note"

// Since Bun v1.2 a struct that embeds a model with ,extend keeps the
// model's name, so its default keys are the model's: comments.user_id.

import "github.com/uptrace/bun"

type User struct {
	bun.BaseModel `bun:"table:users"`

	ID   int64 `bun:",pk"`
	Name string
}

type UserWithComments struct {
	User `bun:",extend"`

	Comments []Comment `bun:"rel:has-many"`
	Avatar   *Avatar   `bun:"rel:has-one"`
}

// A second level of extend keeps the first model's name too.
type UserView struct {
	UserWithComments `bun:",extend"`

	Notes []Note `bun:"rel:has-many"`
}

type Comment struct {
	Body   string
	UserID int64
}

type Avatar struct {
	ID     int64 `bun:",pk"`
	UserID int64 `bun:",unique"`
}

type Note struct {
	ID     int64 `bun:",pk"`
	UserID int64
}
