// Package pg is a stub of github.com/go-pg/pg/v10 with the names relcheck
// keys on.
package pg

import "github.com/go-pg/pg/v10/orm"

type DB struct{}

func (db *DB) Model(model ...interface{}) *orm.Query { return &orm.Query{} }
