package buncalls // want package:"models"

import (
	"context"

	"github.com/uptrace/bun"
)

type User struct {
	bun.BaseModel `bun:"table:users"`

	ID      int64 `bun:",pk,autoincrement"`
	Name    string
	Profile *Profile `bun:"rel:has-one,join:id=user_id"`
	Posts   []Post   `bun:"rel:has-many,join:id=author_id"`
}

type Profile struct {
	ID     int64 `bun:",pk"`
	UserID int64 `bun:",unique"`
}

type Post struct {
	ID       int64 `bun:",pk"`
	AuthorID int64
	Author   *User `bun:"rel:belongs-to,join:author_id=id"`
}

func queries(ctx context.Context, db *bun.DB, name string) {
	var users []User
	db.NewSelect().Model(&users).Relation("Post").Scan(ctx)          // want `Relation\("Post"\): User has no relation Post; did you mean "Posts"\?`
	db.NewSelect().Model(&users).Relation("Posts.Autor").Scan(ctx)   // want `Relation\("Posts\.Autor"\): Post has no relation Autor; did you mean "Author"\?`
	db.NewSelect().Model((*User)(nil)).Relation("profile").Scan(ctx) // want `Relation\("profile"\): .*did you mean "Profile"\?`
	db.NewSelect().Model(&users).Relation("Name").Scan(ctx)          // want `Relation\("Name"\): User has no relation Name; User.Name is a column`

	q := db.NewSelect().Model(&users)
	q = q.Where("id > 0").Relation("Profle") // want `Relation\("Profle"\): .*did you mean "Profile"\?`
	q.Scan(ctx)

	// Silent: right names, nested paths, names from run time, a Relation
	// before any Model (Bun fails otherwise: no model).
	db.NewSelect().Model(&users).Relation("Posts.Author.Profile").Relation("Profile").Scan(ctx)
	db.NewSelect().Model(&users).Relation(name).Scan(ctx)
	db.NewSelect().Relation("Nothing").Model(&users).Scan(ctx)
	var ids []int64
	db.NewSelect().Model(&ids).Relation("Nothing").Scan(ctx)
}
