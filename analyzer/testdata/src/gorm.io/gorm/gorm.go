// Package gorm is a stub of gorm.io/gorm with the names relcheck keys on.
package gorm

import (
	"database/sql"
	"database/sql/driver"
	"time"

	"gorm.io/gorm/clause"
)

type Model struct {
	ID        uint `gorm:"primarykey"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt `gorm:"index"`
}

type DeletedAt sql.NullTime

func (n *DeletedAt) Scan(value interface{}) error { return (*sql.NullTime)(n).Scan(value) }

func (n DeletedAt) Value() (driver.Value, error) { return n.Time, nil }

type DB struct {
	*Config
}

type Config struct {
	DisableForeignKeyConstraintWhenMigrating bool
	IgnoreRelationshipsWhenMigrating         bool
}

func (db *DB) Unscoped() *DB                                      { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB   { return db }
func (db *DB) Model(value interface{}) *DB                        { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Migrator() Migrator                                 { return nil }

func (db *DB) AutoMigrate(dst ...interface{}) error            { return nil }
func (db *DB) Create(value interface{}) *DB                    { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) *DB { return db }

type Migrator interface {
	AutoMigrate(dst ...interface{}) error
	CreateTable(dst ...interface{}) error
}

func (db *DB) SetupJoinTable(model interface{}, field string, joinTable interface{}) error {
	return nil
}

func (db *DB) Preload(query string, args ...interface{}) *DB            { return db }
func (db *DB) Joins(query string, args ...interface{}) *DB              { return db }
func (db *DB) InnerJoins(query string, args ...interface{}) *DB         { return db }
func (db *DB) Scopes(funcs ...func(*DB) *DB) *DB                        { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB         { return db }
func (db *DB) Take(dest interface{}, conds ...interface{}) *DB          { return db }
func (db *DB) Scan(dest interface{}) *DB                                { return db }
func (db *DB) FirstOrCreate(dest interface{}, conds ...interface{}) *DB { return db }
func (db *DB) Association(column string) *Association                   { return &Association{} }

type Association struct{ Error error }

func (a *Association) Find(out interface{}, conds ...interface{}) error { return nil }

func (db *DB) Clauses(conds ...clause.Expression) *DB        { return db }
func (db *DB) Exec(sql string, values ...interface{}) *DB    { return db }
func (db *DB) Raw(sql string, values ...interface{}) *DB     { return db }
func (db *DB) Or(query interface{}, args ...interface{}) *DB { return db }
func (db *DB) Save(value interface{}) *DB                    { return db }
