// Package pgq holds go-pg queries that name relations, each in a function
// of its own: the test runs every one on PostgreSQL and holds relcheck's
// call-site findings to what go-pg does.
package pgq

import (
	"context"

	"github.com/go-pg/pg/v10"
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
	Title    string
	Author   *User `pg:"rel:has-one"`
}

// Models is every model, for CREATE TABLE.
var Models = []any{(*User)(nil), (*Profile)(nil), (*Post)(nil)}

// Cases are the queries, by name.
var Cases = map[string]func(context.Context, *pg.DB) error{
	"OK": OK, "NestedOK": NestedOK, "Typo": Typo, "Case": Case, "Column": Column, "Context": Context,
	"Built": Built, "ColumnStep": ColumnStep, "ColumnStepGoName": ColumnStepGoName, "NestedTypo": NestedTypo,
}

func OK(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("Posts").Relation("Profile").Select()
}

func NestedOK(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("Posts.Author").Select()
}

func Typo(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("Post").Select()
}

func Case(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("posts").Select()
}

func Column(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("Name").Select()
}

func Context(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.ModelContext(ctx, &us).Relation("Profiles").Select()
}

func Built(ctx context.Context, db *pg.DB) error {
	var us []User
	q := db.Model(&us)
	q = q.Where("name <> ''").Relation("Profle")
	return q.Select()
}

// A step after a relation that is not one selects a column of it.
func ColumnStep(ctx context.Context, db *pg.DB) error {
	var ps []Post
	return db.Model(&ps).Relation("Author.name").Select()
}

func ColumnStepGoName(ctx context.Context, db *pg.DB) error {
	var ps []Post
	return db.Model(&ps).Relation("Author.Name").Select()
}

func NestedTypo(ctx context.Context, db *pg.DB) error {
	var us []User
	return db.Model(&us).Relation("Posts.Autor").Select()
}
