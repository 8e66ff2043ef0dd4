// Package pg is a stub of github.com/go-pg/pg/v10 with the names relcheck
// keys on.
package pg

import (
	"context"

	"github.com/go-pg/pg/v10/orm"
)

type Query = orm.Query

type baseDB struct{}

func (db *baseDB) Model(model ...interface{}) *Query { return &Query{} }
func (db *baseDB) ModelContext(c context.Context, model ...interface{}) *Query {
	return &Query{}
}

type DB struct{ baseDB }

type Tx struct{}

func (tx *Tx) Model(model ...interface{}) *Query { return &Query{} }
