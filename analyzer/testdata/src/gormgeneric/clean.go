package gormgeneric // want package:"models"

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

func clean(ctx context.Context, db *gorm.DB, name string, jt clause.JoinTarget) {
	gorm.G[User](db).Preload("Posts", nil).Preload("Posts.Comments", func(q gorm.PreloadBuilder) error {
		q.Limit(1)
		return nil
	}).Find(ctx)
	gorm.G[User](db).Preload("Company.Country", nil).Preload(clause.Associations, nil).First(ctx)
	gorm.G[User](db).Joins(clause.JoinTarget{Association: "Company"}, nil).Find(ctx)
	gorm.G[User](db).Joins(clause.LeftJoin.Association("Profile"), nil).Find(ctx)
	gorm.G[User](db).Joins(clause.InnerJoin.Association("Company.Country").As("cc"), nil).Find(ctx)
	gorm.G[User](db).Joins(clause.JoinTarget{Type: clause.LeftJoin, Table: "companies"}, nil).Find(ctx)

	// Not constant: nothing is known.
	gorm.G[User](db).Preload(name, nil).Find(ctx)
	gorm.G[User](db).Joins(jt, nil).Find(ctx)
	gorm.G[User](db).Joins(clause.LeftJoin.Association(name), nil).Find(ctx)

	var users []User
	gorm.G[User](db).Preload("Posts", nil).Scan(ctx, &users)

	// Only the methods that read the names run them.
	gorm.G[User](db).Preload("Postss", nil).Count(ctx, "id")
	gorm.G[User](db).Preload("Postss", nil).Rows(ctx)
	gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Delete(ctx)
	gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Update(ctx, "name", "x")
	gorm.G[User](db).Preload("Postss", nil)
}

// A query that leaves the function is judged where it runs, if there.
func build(db *gorm.DB) gorm.ChainInterface[User] {
	return gorm.G[User](db).Preload("Postss", nil)
}

// T is the caller's: the model is not known here.
func byType[T any](ctx context.Context, db *gorm.DB) {
	gorm.G[T](db).Preload("Postss", nil).Find(ctx)
	gorm.G[T](db).Joins(clause.LeftJoin.Association("Posts"), nil).Find(ctx)
}

func named[T any, Q gorm.ChainInterface[T]](ctx context.Context, q Q) {
	q.Preload("Postss", nil).Find(ctx)
}

func callers(ctx context.Context, db *gorm.DB) {
	byType[User](ctx, db)
}
