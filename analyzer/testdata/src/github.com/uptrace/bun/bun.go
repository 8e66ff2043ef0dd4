// Package bun is a stub of github.com/uptrace/bun with the names relcheck
// keys on.
package bun

import "context"

type BaseModel struct{}

type DB struct{}

func (db *DB) NewSelect() *SelectQuery { return &SelectQuery{} }

type SelectQuery struct{}

func (q *SelectQuery) Model(model interface{}) *SelectQuery { return q }
func (q *SelectQuery) Relation(name string, apply ...func(*SelectQuery) *SelectQuery) *SelectQuery {
	return q
}
func (q *SelectQuery) Where(query string, args ...interface{}) *SelectQuery { return q }
func (q *SelectQuery) Scan(ctx context.Context, dest ...interface{}) error  { return nil }
