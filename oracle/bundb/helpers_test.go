// Package bundb shows, against real databases driven by Bun, the data bug
// behind relcheck's data rules, and that the model relcheck accepts does
// not have it: on SQLite (sqlitedialect over the pure-Go driver),
// PostgreSQL (pgdialect, pgdriver) and MariaDB (mysqldialect,
// go-sql-driver/mysql).
package bundb

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/glebarez/go-sqlite" // the "sqlite" database/sql driver
	_ "github.com/go-sql-driver/mysql"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/mysqldialect"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/pgdriver"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

var ctx = context.Background()

// conn is one fresh database, opened through Bun.
type conn struct {
	*bun.DB
	kind string
}

// each runs f once per database, each on a fresh database of its own.
func each(t *testing.T, f func(t *testing.T, db *conn)) {
	for _, kind := range dbs.All {
		t.Run(kind, func(t *testing.T) { f(t, open(t, kind)) })
	}
}

func open(t *testing.T, kind string) *conn {
	t.Helper()
	dsn := dbs.Fresh(t, kind)
	var db *bun.DB
	switch kind {
	case dbs.SQLite:
		sqldb, err := sql.Open("sqlite", dsn)
		if err != nil {
			t.Fatal(err)
		}
		sqldb.SetMaxOpenConns(1) // the memory database lives as long as its connection
		db = bun.NewDB(sqldb, sqlitedialect.New())
	case dbs.Postgres:
		db = bun.NewDB(sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(dsn))), pgdialect.New())
	case dbs.MySQL:
		sqldb, err := sql.Open("mysql", dsn)
		if err != nil {
			t.Fatal(err)
		}
		db = bun.NewDB(sqldb, mysqldialect.New())
	}
	t.Cleanup(func() { db.Close() })
	return &conn{DB: db, kind: kind}
}

// create creates each model's table, with the foreign keys Bun declares
// for it (WithForeignKeys), in order.
func create(t *testing.T, db *conn, models ...any) {
	t.Helper()
	if err := tryCreate(db, models...); err != nil {
		t.Fatalf("CREATE TABLE: %v", err)
	}
}

func tryCreate(db *conn, models ...any) error {
	for _, m := range models {
		if _, err := db.NewCreateTable().Model(m).WithForeignKeys().Exec(ctx); err != nil {
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

func insert(t *testing.T, db *conn, m any) {
	t.Helper()
	if _, err := db.NewInsert().Model(m).Exec(ctx); err != nil {
		t.Fatalf("INSERT: %v", err)
	}
}
