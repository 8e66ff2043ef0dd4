// Package schemadb holds relcheck's schema readers to real databases: the
// same migrations are applied to SQLite and PostgreSQL, each database's
// catalog is read with queries written here, and relcheck's reading of the
// migrations must match it table by table.
package schemadb

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/relcheck/relcheck/internal/schema"
	"github.com/relcheck/relcheck/internal/schema/migrate"
)

// The layouts' test directories, written for the reader's own tests, in
// SQL that SQLite and PostgreSQL both run.
var layouts = []string{"golang-migrate", "goose", "atlas", "sql-migrate", "dbmate"}

func layoutDir(l string) string {
	return filepath.Join("..", "..", "internal", "schema", "migrate", "testdata", l)
}

func files(t *testing.T, dir string) []migrate.File {
	t.Helper()
	fs, _, err := migrate.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestSQLiteCatalog(t *testing.T) {
	for _, l := range layouts {
		t.Run(l, func(t *testing.T) {
			fs := files(t, layoutDir(l))
			db, err := sql.Open("sqlite", "file::memory:")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			for _, f := range fs {
				if _, err := db.Exec(f.SQL); err != nil {
					t.Fatalf("%s: %v", f.Path, err)
				}
			}
			want := sqliteCatalog(t, db)
			// Both readers: the replay and PostgreSQL's parser, on SQL
			// both databases accept.
			for _, dialect := range []string{"sqlite", "postgres"} {
				s, err := migrate.Read(dialect, layoutDir(l))
				if err != nil {
					t.Fatal(err)
				}
				compare(t, dialect+" reader vs SQLite", canon(s, false), want)
			}
		})
	}
}

func TestPostgresCatalog(t *testing.T) {
	dsn := os.Getenv("RELCHECK_POSTGRES_DSN")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("RELCHECK_POSTGRES_DSN is not set; CI must run the schema oracle against PostgreSQL")
		}
		t.Skip("RELCHECK_POSTGRES_DSN is not set: the schema reader is not compared with PostgreSQL's catalog")
	}
	dirs := append([]string{}, layouts...)
	dirs = append(dirs, "postgres", "gopg") // gopg: Go migrations, PostgreSQL only
	for i, l := range dirs {
		dir := layoutDir(l)
		if l == "postgres" {
			dir = filepath.Join("testdata", "postgres")
		}
		t.Run(l, func(t *testing.T) {
			db, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1) // search_path holds for one connection
			ns := fmt.Sprintf("relcheck_schema_%d", i)
			mustExec(t, db, "DROP SCHEMA IF EXISTS "+ns+" CASCADE")
			mustExec(t, db, "CREATE SCHEMA "+ns)
			defer db.Exec("DROP SCHEMA " + ns + " CASCADE")
			mustExec(t, db, "SET search_path TO "+ns)
			for _, f := range files(t, dir) {
				mustExec(t, db, f.SQL)
			}
			want := postgresCatalog(t, db, ns)
			s, err := migrate.Read("postgres", dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, sk := range s.Skipped {
				if !strings.HasSuffix(sk.File, ".go") {
					t.Errorf("skipped %+v", sk)
				}
			}
			compare(t, "postgres reader vs PostgreSQL", canon(s, true), want)
		})
	}
}

func mustExec(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
}

// canon flattens a reading into one line per fact, by table.
func canon(s *schema.Schema, types bool) map[string][]string {
	out := map[string][]string{}
	for _, t := range s.Tables {
		var facts []string
		for _, c := range t.Columns {
			f := "column " + c.Name
			if types {
				f += " " + c.Type
			}
			if c.NotNull {
				f += " not null"
			}
			facts = append(facts, f)
		}
		if len(t.PrimaryKey) > 0 {
			facts = append(facts, "primary key "+strings.Join(t.PrimaryKey, ","))
		}
		for _, ix := range t.Indexes {
			if ix.Expr {
				facts = append(facts, "expression index")
				continue
			}
			facts = append(facts, indexFact(ix.Unique, ix.Columns, ix.Where))
		}
		for _, fk := range t.ForeignKeys {
			facts = append(facts, fkFact(fk.Columns, fk.RefTable, fk.RefColumns, fk.OnDelete, fk.OnUpdate))
		}
		sort.Strings(facts)
		out[t.Name] = facts
	}
	return out
}

func indexFact(unique bool, cols []string, where string) string {
	f := "index "
	if unique {
		f = "unique "
	}
	f += strings.Join(cols, ",")
	if where != "" {
		f += " where " + where
	}
	return f
}

func fkFact(cols []string, ref string, refCols []string, del, upd string) string {
	return fmt.Sprintf("foreign key %s -> %s(%s) on delete %s on update %s",
		strings.Join(cols, ","), ref, strings.Join(refCols, ","), del, upd)
}

func compare(t *testing.T, what string, got, want map[string][]string) {
	t.Helper()
	var tables []string
	for n := range want {
		tables = append(tables, n)
	}
	for n := range got {
		if _, ok := want[n]; !ok {
			tables = append(tables, n)
		}
	}
	sort.Strings(tables)
	for _, n := range tables {
		g, w := strings.Join(got[n], "\n\t"), strings.Join(want[n], "\n\t")
		if g != w {
			t.Errorf("%s: table %s\nrelcheck:\n\t%s\ndatabase:\n\t%s", what, n, g, w)
		}
	}
}

// SQLite's PRAGMA table_info calls an INTEGER PRIMARY KEY nullable, but it
// aliases the rowid: a NULL written to it becomes the next rowid.
func TestRowidNeverNull(t *testing.T) {
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	mustExec(t, db, "CREATE TABLE r (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO r VALUES (NULL, 'a')")
	var nulls int
	if err := db.QueryRow("SELECT count(*) FROM r WHERE id IS NULL").Scan(&nulls); err != nil || nulls != 0 {
		t.Fatalf("%d NULL ids (%v): an INTEGER PRIMARY KEY held NULL", nulls, err)
	}
	mustExec(t, db, "CREATE TABLE s (id TEXT PRIMARY KEY, v TEXT); INSERT INTO s VALUES (NULL, 'a')")
	if err := db.QueryRow("SELECT count(*) FROM s WHERE id IS NULL").Scan(&nulls); err != nil || nulls != 1 {
		t.Fatalf("%d NULL ids (%v): want SQLite's quirk, a NULL in a TEXT PRIMARY KEY", nulls, err)
	}
}
