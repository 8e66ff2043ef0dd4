// Package bunq holds Bun select queries that name relations, each in a
// function of its own: the test runs every one on SQLite and holds
// relcheck's call-site findings to what Bun does.
package bunq

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
	ID     int64 `bun:",pk,autoincrement"`
	UserID int64 `bun:",unique"`
}

type Post struct {
	ID       int64 `bun:",pk,autoincrement"`
	AuthorID int64
	Author   *User `bun:"rel:belongs-to,join:author_id=id"`
}

// Models is every model, for CREATE TABLE.
var Models = []any{(*User)(nil), (*Profile)(nil), (*Post)(nil)}

// Cases are the queries, by name.
var Cases = map[string]func(context.Context, *bun.DB) error{
	"OK": OK, "NestedOK": NestedOK, "Typo": Typo, "NestedTypo": NestedTypo, "Case": Case,
	"Table": Table, "Column": Column, "Built": Built, "NilModel": NilModel,
}

func OK(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model(&us).Relation("Posts").Relation("Profile").Scan(ctx)
}

func NestedOK(ctx context.Context, db *bun.DB) error {
	var ps []Post
	return db.NewSelect().Model(&ps).Relation("Author.Profile").Scan(ctx)
}

func Typo(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model(&us).Relation("Post").Scan(ctx)
}

func NestedTypo(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model(&us).Relation("Posts.Autor").Scan(ctx)
}

func Case(ctx context.Context, db *bun.DB) error {
	var u User
	return db.NewSelect().Model(&u).Relation("profile").Limit(1).Scan(ctx)
}

func Table(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model(&us).Relation("profiles").Scan(ctx)
}

func Column(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model(&us).Relation("Name").Scan(ctx)
}

func Built(ctx context.Context, db *bun.DB) error {
	var us []User
	q := db.NewSelect().Model(&us)
	q = q.Where("name <> ''").Relation("Profle")
	return q.Scan(ctx)
}

// A model given as a nil pointer names the model all the same.
func NilModel(ctx context.Context, db *bun.DB) error {
	var us []User
	return db.NewSelect().Model((*User)(nil)).Relation("Posts").Relation("Postss").Scan(ctx, &us)
}
