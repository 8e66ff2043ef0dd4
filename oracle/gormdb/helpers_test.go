// Package gormdb shows, against a real SQLite database driven by GORM, the
// data bug behind each relcheck data rule, and that the model relcheck
// accepts does not have it. SQLite comes from a pure-Go driver: no server,
// no cgo.
package gormdb

import (
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// open returns a fresh in-memory database with foreign keys enforced.
func open(t *testing.T) *gorm.DB {
	t.Helper()
	dsn := "file:" + strings.NewReplacer("/", "_", " ", "_").Replace(t.Name()) + "?mode=memory&cache=shared&_pragma=foreign_keys(1)"
	db, err := gorm.Open(sqlite.Open(dsn), &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	sqlDB.SetMaxOpenConns(1) // one connection: the memory database lives as long as it does
	t.Cleanup(func() { sqlDB.Close() })
	var fk int
	if err := db.Raw("PRAGMA foreign_keys").Scan(&fk).Error; err != nil || fk != 1 {
		t.Fatalf("foreign keys are not enforced (%d, %v)", fk, err)
	}
	return db
}

func migrate(t *testing.T, db *gorm.DB, models ...any) {
	t.Helper()
	if err := db.AutoMigrate(models...); err != nil {
		t.Fatalf("AutoMigrate: %v", err)
	}
}

// ddl returns the CREATE TABLE statement SQLite stored for a table.
func ddl(t *testing.T, db *gorm.DB, table string) string {
	t.Helper()
	var sql string
	if err := db.Raw("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&sql).Error; err != nil {
		t.Fatal(err)
	}
	return sql
}

func tableExists(t *testing.T, db *gorm.DB, table string) bool {
	t.Helper()
	var n int
	if err := db.Raw("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n == 1
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
