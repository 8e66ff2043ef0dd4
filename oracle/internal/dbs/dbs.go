// Package dbs hands each oracle test a fresh, empty database on SQLite,
// PostgreSQL or MariaDB. SQLite is in memory (pure-Go driver). The servers
// are the ones scripts/databases.sh starts and names through
// RELCHECK_POSTGRES_DSN and RELCHECK_MYSQL_DSN; without them a test skips,
// or fails when CI=true.
package dbs

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver, for admin statements
)

// The databases.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
	MySQL    = "mysql" // MariaDB, through MySQL drivers and dialects
)

// All is every database, in the order tests run them.
var All = []string{SQLite, Postgres, MySQL}

// Name is how messages and docs call a database.
func Name(db string) string {
	switch db {
	case Postgres:
		return "PostgreSQL"
	case MySQL:
		return "MariaDB"
	}
	return "SQLite"
}

var envVar = map[string]string{Postgres: "RELCHECK_POSTGRES_DSN", MySQL: "RELCHECK_MYSQL_DSN"}

// Fresh returns the DSN of a new empty database of kind db, dropped when
// t ends. SQLite DSNs name a shared in-memory database with foreign keys
// on; keep one connection open for as long as it is needed.
func Fresh(t testing.TB, db string) string {
	t.Helper()
	name := dbName(t)
	if db == SQLite {
		return "file:" + name + "?mode=memory&cache=shared&_pragma=foreign_keys(1)"
	}
	admin := os.Getenv(envVar[db])
	if admin == "" {
		msg := fmt.Sprintf("%s tests need a server: %s is not set; ./scripts/test.sh starts one "+
			"(apt-get install -y postgresql mariadb-server)", Name(db), envVar[db])
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	switch db {
	case Postgres:
		exec(t, "pgx", admin, "CREATE DATABASE "+name)
		t.Cleanup(func() { exec(t, "pgx", admin, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)") })
		u, err := url.Parse(admin)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + name
		return u.String()
	case MySQL:
		exec(t, "mysql", admin, "CREATE DATABASE "+name)
		t.Cleanup(func() { exec(t, "mysql", admin, "DROP DATABASE IF EXISTS "+name) })
		cfg, err := mysql.ParseDSN(admin)
		if err != nil {
			t.Fatal(err)
		}
		cfg.DBName = name
		cfg.ParseTime = true
		return cfg.FormatDSN()
	}
	t.Fatalf("unknown database %q", db)
	return ""
}

func exec(t testing.TB, driver, dsn, stmt string) {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

var unsafe = regexp.MustCompile(`[^a-z0-9_]+`)

// dbName is a database name unique to this test run: letters of the test
// name and a random suffix, short enough for PostgreSQL and MySQL.
func dbName(t testing.TB) string {
	var b [4]byte
	rand.Read(b[:])
	s := unsafe.ReplaceAllString(strings.ToLower(t.Name()), "_")
	if len(s) > 40 {
		s = s[len(s)-40:]
	}
	return "rc_" + strings.Trim(s, "_") + "_" + hex.EncodeToString(b[:])
}

// DeleteRules lists the ON DELETE action of each foreign key of a table
// ("CASCADE", "SET NULL", "NO ACTION", ...), as the database stored it.
func DeleteRules(t testing.TB, conn *sql.DB, db, table string) []string {
	t.Helper()
	q := map[string]string{
		SQLite: "SELECT on_delete FROM pragma_foreign_key_list(?)",
		Postgres: "SELECT rc.delete_rule FROM information_schema.referential_constraints rc " +
			"JOIN information_schema.table_constraints tc ON tc.constraint_name = rc.constraint_name " +
			"AND tc.constraint_schema = rc.constraint_schema WHERE tc.table_schema = current_schema() AND tc.table_name = $1",
		MySQL: "SELECT delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = DATABASE() AND table_name = ?",
	}[db]
	return strings1(t, conn, q, table)
}

// ColumnType is a column's type as the database reports it, lower case:
// "bigint", "text", "character varying", "varchar(191)"...
func ColumnType(t testing.TB, conn *sql.DB, db, table, column string) string {
	t.Helper()
	q := map[string]string{
		SQLite:   "SELECT type FROM pragma_table_info(?) WHERE name = '" + column + "'",
		Postgres: "SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = '" + column + "'",
		MySQL:    "SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = '" + column + "'",
	}[db]
	got := strings1(t, conn, q, table)
	if len(got) != 1 {
		t.Fatalf("column %s.%s: %v", table, column, got)
	}
	return strings.ToLower(got[0])
}

// TableExists reports whether the table exists.
func TableExists(t testing.TB, conn *sql.DB, db, table string) bool {
	t.Helper()
	q := map[string]string{
		SQLite:   "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
		Postgres: "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1",
		MySQL:    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
	}[db]
	return len(strings1(t, conn, q, table)) == 1
}

func strings1(t testing.TB, conn *sql.DB, q, a string) []string {
	t.Helper()
	rows, err := conn.Query(q, a)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
