// Package gopgdb shows, against a real PostgreSQL driven by go-pg (which
// runs on nothing else), the data bug behind relcheck's data rules, and
// that the model relcheck accepts does not have it.
package gopgdb

import (
	"testing"

	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// open returns a fresh PostgreSQL database.
func open(t *testing.T) *pg.DB {
	t.Helper()
	opt, err := pg.ParseURL(dbs.Fresh(t, dbs.Postgres))
	if err != nil {
		t.Fatal(err)
	}
	db := pg.Connect(opt)
	t.Cleanup(func() { db.Close() })
	return db
}

// create creates each model's table with the foreign keys go-pg declares
// for it (FKConstraints), in order.
func create(t *testing.T, db *pg.DB, models ...any) {
	t.Helper()
	if err := tryCreate(db, models...); err != nil {
		t.Fatalf("CREATE TABLE: %v", err)
	}
}

func tryCreate(db *pg.DB, models ...any) error {
	for _, m := range models {
		if err := db.Model(m).CreateTable(&orm.CreateTableOptions{FKConstraints: true}); err != nil {
			return err
		}
	}
	return nil
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func columnType(t *testing.T, db *pg.DB, table, column string) string {
	t.Helper()
	var typ string
	_, err := db.QueryOne(pg.Scan(&typ), "SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?", table, column)
	must(t, err)
	return typ
}

func insert(t *testing.T, db *pg.DB, m any) {
	t.Helper()
	if _, err := db.Model(m).Insert(); err != nil {
		t.Fatalf("INSERT: %v", err)
	}
}
