package gorm

import (
	"context"
	"database/sql"

	"gorm.io/gorm/clause"
)

// The generic API's types, with v1.31's signatures for the methods kept.

type Interface[T any] interface {
	Raw(sql string, values ...interface{}) ExecInterface[T]
	CreateInterface[T]
}

type CreateInterface[T any] interface {
	ExecInterface[T]
	Where(query interface{}, args ...interface{}) ChainInterface[T]
	Joins(query clause.JoinTarget, on func(db JoinBuilder, joinTable clause.Table, curTable clause.Table) error) ChainInterface[T]
	Preload(association string, query func(db PreloadBuilder) error) ChainInterface[T]
	Table(name string, args ...interface{}) CreateInterface[T]
	Create(ctx context.Context, r *T) error
	Delete(ctx context.Context) (rowsAffected int, err error)
	Update(ctx context.Context, name string, value any) (rowsAffected int, err error)
	Count(ctx context.Context, column string) (result int64, err error)
}

type ChainInterface[T any] interface {
	ExecInterface[T]
	Where(query interface{}, args ...interface{}) ChainInterface[T]
	Joins(query clause.JoinTarget, on func(db JoinBuilder, joinTable clause.Table, curTable clause.Table) error) ChainInterface[T]
	Preload(association string, query func(db PreloadBuilder) error) ChainInterface[T]
	Table(name string, args ...interface{}) ChainInterface[T]
	Delete(ctx context.Context) (rowsAffected int, err error)
	Update(ctx context.Context, name string, value any) (rowsAffected int, err error)
	Count(ctx context.Context, column string) (result int64, err error)
}

type ExecInterface[T any] interface {
	Scan(ctx context.Context, r interface{}) error
	First(context.Context) (T, error)
	Last(ctx context.Context) (T, error)
	Take(context.Context) (T, error)
	Find(ctx context.Context) ([]T, error)
	FindInBatches(ctx context.Context, batchSize int, fc func(data []T, batch int) error) error
	Row(ctx context.Context) *sql.Row
	Rows(ctx context.Context) (*sql.Rows, error)
}

type JoinBuilder interface {
	Where(query interface{}, args ...interface{}) JoinBuilder
}

type PreloadBuilder interface {
	Where(query interface{}, args ...interface{}) PreloadBuilder
	Limit(offset int) PreloadBuilder
}

func G[T any](db *DB, opts ...clause.Expression) Interface[T] { return nil }
