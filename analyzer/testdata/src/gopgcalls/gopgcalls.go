package gopgcalls // want package:"models"

import (
	"context"

	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"
)

type User struct {
	ID      int64
	Name    string
	Posts   []Post   `pg:"rel:has-many,join_fk:author_id"`
	Profile *Profile `pg:"rel:belongs-to"`
}

type Profile struct {
	ID     int64
	UserID int64 `pg:",unique"`
}

type Post struct {
	ID       int64
	AuthorID int64
	Author   *User `pg:"rel:has-one"`
}

func queries(ctx context.Context, db *pg.DB, tx *pg.Tx, name string) {
	var users []User
	db.Model(&users).Relation("posts").Select()                // want `Relation\("posts"\): User has no relation posts; did you mean "Posts"\?`
	db.ModelContext(ctx, &users).Relation("Profiles").Select() // want `Relation\("Profiles"\): .*did you mean "Profile"\?`
	db.Model(&users).Relation("Name").Select()                 // want `User.Name is a column`

	var q *orm.Query = db.Model(&users)
	q = q.Where("id > 0").Relation("Post") // want `Relation\("Post"\): .*did you mean "Posts"\?`
	q.Select()

	// Silent: a step after the first that is not a relation selects a
	// column of the relation reached (Author.Name), and run-time names.
	db.Model(&users).Relation("Posts.Author").Relation("Profile").Select()
	var posts []Post
	db.Model(&posts).Relation("Author.name").Relation("Author._").Relation(name).Select()

	// A name that is neither a relation nor a column.
	db.Model(&users).Relation("Posts.Autor").Select() // want `Relation\("Posts\.Autor"\): Post has no relation Autor; did you mean "Author"\?`
	db.Model(&posts).Relation("Author.Name").Select() // want `Relation\("Author\.Name"\): User has no relation Name; did you mean "name"\?`
}
