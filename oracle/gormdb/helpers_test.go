// Package gormdb shows, against real databases driven by GORM, the data
// bug behind each relcheck data rule, and that the model relcheck accepts
// does not have it: on SQLite (pure-Go driver, in memory), PostgreSQL and
// MariaDB (servers started by scripts/databases.sh).
package gormdb

import (
	"database/sql"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// conn is one fresh database, opened through GORM.
type conn struct {
	*gorm.DB
	kind string // dbs.SQLite, dbs.Postgres or dbs.MySQL
	sql  *sql.DB
}

// each runs f once per database, each on a fresh database of its own.
func each(t *testing.T, f func(t *testing.T, db *conn)) {
	for _, kind := range dbs.All {
		t.Run(kind, func(t *testing.T) { f(t, open(t, kind)) })
	}
}

// open returns a fresh database of the kind, foreign keys enforced.
func open(t *testing.T, kind string) *conn {
	t.Helper()
	dsn := dbs.Fresh(t, kind)
	var d gorm.Dialector
	switch kind {
	case dbs.SQLite:
		d = sqlite.Open(dsn)
	case dbs.Postgres:
		d = postgres.Open(dsn)
	case dbs.MySQL:
		d = mysql.Open(dsn)
	}
	db, err := gorm.Open(d, &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	sqlDB.SetMaxOpenConns(1) // SQLite: the memory database lives as long as its connection
	t.Cleanup(func() { sqlDB.Close() })
	if kind == dbs.SQLite {
		var fk int
		if err := db.Raw("PRAGMA foreign_keys").Scan(&fk).Error; err != nil || fk != 1 {
			t.Fatalf("foreign keys are not enforced (%d, %v)", fk, err)
		}
	}
	return &conn{DB: db, kind: kind, sql: sqlDB}
}

func migrate(t *testing.T, db *conn, models ...any) {
	t.Helper()
	if err := db.AutoMigrate(models...); err != nil {
		t.Fatalf("AutoMigrate: %v", err)
	}
}

// deleteRules lists the ON DELETE action of each foreign key of table.
func deleteRules(t *testing.T, db *conn, table string) []string {
	t.Helper()
	return dbs.DeleteRules(t, db.sql, db.kind, table)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
