package schemadb

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"

	"github.com/relcheck/relcheck/internal/schema"
	"github.com/relcheck/relcheck/internal/schema/migrate"
	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// readPair writes a parent and a child table whose parent_id has the
// child type, and returns the two columns' types as relcheck's reader
// for dialect reads them.
func readPair(t *testing.T, dialect, ddl string) (child, parent string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "1_t.up.sql"), []byte(ddl), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := migrate.Read(dialect, dir)
	if err != nil {
		t.Fatal(err)
	}
	return s.Table("c").Column("parent_id").Type, s.Table("p").Column("id").Type
}

// fk-type-mismatch on MariaDB: relcheck refuses a pair of column types
// exactly when MariaDB refuses a foreign key between them (errno 150),
// and where its message says a join reads the string as a number, '1abc'
// matches 1.
func TestMySQLKeyTypes(t *testing.T) {
	pairs := [][2]string{ // child, parent
		{"int", "int"}, {"int", "bigint"}, {"bigint", "int"}, {"int", "int unsigned"}, {"int unsigned", "int"},
		{"smallint", "int"}, {"tinyint", "int"}, {"mediumint", "int"}, {"bigint unsigned", "bigint unsigned"},
		{"int(11)", "int"}, {"integer", "int"}, {"varchar(20)", "varchar(30)"}, {"char(8)", "varchar(8)"},
		{"varchar(8)", "char(8)"}, {"varchar(20)", "int"}, {"int", "varchar(20)"}, {"char(10)", "bigint"},
		{"decimal(10,0)", "int"}, {"decimal(10,0)", "decimal(12,2)"}, {"double", "int"}, {"float", "double"},
		{"double", "double"}, {"float", "float"}, {"decimal(10,0)", "varchar(10)"}, {"varchar(10)", "double"},
		{"uuid", "uuid"}, {"uuid", "char(36)"}, {"char(36)", "uuid"}, {"uuid", "bigint"},
		{"text", "varchar(20)"}, {"binary(16)", "char(16)"}, {"uuid", "binary(16)"},
	}
	cfg, err := mysql.ParseDSN(dbs.Fresh(t, dbs.MySQL))
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	judged := 0
	for i, pr := range pairs {
		t.Run(pr[0]+"/"+pr[1], func(t *testing.T) {
			child, parent := fmt.Sprintf("c%d", i), fmt.Sprintf("p%d", i)
			ct, pt := readPair(t, "mysql", fmt.Sprintf("CREATE TABLE p (id %s PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, parent_id %s);\n", pr[1], pr[0]))
			mustExec(t, db, fmt.Sprintf("CREATE TABLE %s (id %s PRIMARY KEY)", parent, pr[1]))
			mustExec(t, db, fmt.Sprintf("CREATE TABLE %s (id int PRIMARY KEY, parent_id %s)", child, pr[0]))
			_, fkErr := db.Exec(fmt.Sprintf("ALTER TABLE %s ADD FOREIGN KEY (parent_id) REFERENCES %s (id)", child, parent))
			v := schema.KeyTypes("mysql", ct, pt)
			t.Logf("%s -> %s: relcheck %v, MariaDB %v", ct, pt, v, fkErr)
			switch v {
			case schema.KeyUnknown:
				return
			case schema.KeyOK:
				if fkErr != nil {
					t.Fatalf("relcheck accepts %s -> %s; MariaDB: %v", ct, pt, fkErr)
				}
			case schema.KeyRefused:
				if fkErr == nil || !strings.Contains(fkErr.Error(), `errno: 150 "Foreign key constraint is incorrectly formed"`) {
					t.Fatalf("relcheck refuses %s -> %s; MariaDB: %v", ct, pt, fkErr)
				}
			default:
				t.Fatalf("verdict %v is not MariaDB's", v)
			}
			judged++
			if !schema.MySQLJoinConverts(ct, pt) {
				return
			}
			pv, cv := "1", "'1abc'"
			if strings.Contains(pt, "char") {
				pv, cv = "'1abc'", "1"
			}
			mustExec(t, db, fmt.Sprintf("INSERT INTO %s VALUES (%s)", parent, pv))
			mustExec(t, db, fmt.Sprintf("INSERT INTO %s VALUES (1, %s)", child, cv))
			var n int
			if err := db.QueryRow(fmt.Sprintf("SELECT count(*) FROM %s c JOIN %s p ON c.parent_id = p.id", child, parent)).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n != 1 {
				t.Fatalf("relcheck says '1abc' matches 1 between %s and %s; MariaDB's join found %d rows", ct, pt, n)
			}
		})
	}
	if judged < len(pairs)-4 {
		t.Errorf("relcheck judged %d of %d pairs", judged, len(pairs))
	}
}

// fk-type-mismatch on SQLite: relcheck says a join misses keys exactly
// for the pairs of declared types where some pair of equal-looking keys,
// the integer 1 and the text '1' stored either way, does not join.
func TestSQLiteKeyTypes(t *testing.T) {
	types := []string{"INTEGER", "BIGINT", "int", "TEXT", "VARCHAR(20)", "character(8)", "BLOB", "", "REAL", "double", "NUMERIC", "decimal(10,2)", "uuid"}
	for _, c := range types {
		for _, p := range types {
			db, err := sql.Open("sqlite", "file::memory:")
			if err != nil {
				t.Fatal(err)
			}
			db.SetMaxOpenConns(1)
			ct, pt := readPair(t, "sqlite", fmt.Sprintf("CREATE TABLE p (id %s PRIMARY KEY);\nCREATE TABLE c (id INTEGER PRIMARY KEY, parent_id %s);\n", p, c))
			misses := false
			for _, cv := range []any{int64(1), "1"} {
				for _, pv := range []any{int64(1), "1"} {
					mustExec(t, db, "DROP TABLE IF EXISTS c; DROP TABLE IF EXISTS p")
					mustExec(t, db, fmt.Sprintf("CREATE TABLE p (id %s PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, parent_id %s)", p, c))
					if _, err := db.Exec("INSERT INTO p VALUES (?)", pv); err != nil {
						t.Fatal(err)
					}
					if _, err := db.Exec("INSERT INTO c VALUES (1, ?)", cv); err != nil {
						t.Fatal(err)
					}
					var n int
					if err := db.QueryRow("SELECT count(*) FROM c JOIN p ON c.parent_id = p.id").Scan(&n); err != nil {
						t.Fatal(err)
					}
					misses = misses || n == 0
				}
			}
			db.Close()
			v := schema.KeyTypes("sqlite", ct, pt)
			if v != schema.KeyOK && v != schema.KeyMisses {
				t.Errorf("%q -> %q: verdict %v is not SQLite's", ct, pt, v)
				continue
			}
			// Two untyped or BLOB columns miss too, when one side holds
			// the text and the other the integer: that is the Go types'
			// question, not the columns'.
			if c == p || schema.Affinity(ct) == "BLOB" && schema.Affinity(pt) == "BLOB" {
				if v != schema.KeyOK {
					t.Errorf("%q -> %q: relcheck says the columns miss keys", ct, pt)
				}
				continue
			}
			if misses != (v == schema.KeyMisses) {
				t.Errorf("%q -> %q: relcheck says misses=%v; SQLite's joins missed=%v", ct, pt, v == schema.KeyMisses, misses)
			}
		}
	}
}
