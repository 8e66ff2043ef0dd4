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
func (db *DB) NewCreateTable() *CreateTableQuery                            { return &CreateTableQuery{} }
func (db *DB) NewDelete() *DeleteQuery                                      { return &DeleteQuery{} }

type CreateTableQuery struct{}

func (q *CreateTableQuery) Model(model interface{}) *CreateTableQuery { return q }
func (q *CreateTableQuery) WithForeignKeys() *CreateTableQuery        { return q }

type DeleteQuery struct{}

func (q *DeleteQuery) Model(model interface{}) *DeleteQuery { return q }
func (q *DeleteQuery) WherePK() *DeleteQuery                { return q }
func (q *DeleteQuery) ForceDelete() *DeleteQuery            { return q }
