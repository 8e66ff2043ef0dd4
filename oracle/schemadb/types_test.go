package schemadb

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/schema"
	"github.com/relcheck/relcheck/internal/schema/migrate"
)

// fk-type-mismatch with a schema: relcheck calls two column types
// comparable exactly when PostgreSQL joins them. For each pair the
// migration is read by relcheck's reader; PostgreSQL runs it, then a join
// and a foreign key between the columns. Where relcheck says they cannot
// be compared, both fail with the errors its message quotes.
func TestColumnTypesComparable(t *testing.T) {
	dsn := os.Getenv("RELCHECK_POSTGRES_DSN")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("RELCHECK_POSTGRES_DSN is not set")
		}
		t.Skip("RELCHECK_POSTGRES_DSN is not set")
	}
	pairs := [][2]string{
		{"bigint", "integer"}, {"integer", "smallint"}, {"bigint", "numeric"}, {"text", "varchar(20)"},
		{"char(8)", "text"}, {"uuid", "uuid"}, {"bigint", "text"}, {"varchar", "integer"},
		{"text", "uuid"}, {"uuid", "bigint"}, {"boolean", "integer"}, {"bytea", "text"},
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	mustExec(t, db, "DROP SCHEMA IF EXISTS relcheck_types CASCADE")
	mustExec(t, db, "CREATE SCHEMA relcheck_types")
	defer db.Exec("DROP SCHEMA relcheck_types CASCADE")
	mustExec(t, db, "SET search_path TO relcheck_types")
	for i, pr := range pairs {
		t.Run(pr[0]+"/"+pr[1], func(t *testing.T) {
			parent, child := fmt.Sprintf("p%d", i), fmt.Sprintf("c%d", i)
			ddl := fmt.Sprintf("CREATE TABLE %s (id %s PRIMARY KEY);\nCREATE TABLE %s (id int PRIMARY KEY, parent_id %s);\n",
				parent, pr[1], child, pr[0])
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "1_t.up.sql"), []byte(ddl), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := migrate.Read("postgres", dir)
			if err != nil {
				t.Fatal(err)
			}
			ct, pc := s.Table(child).Column("parent_id"), s.Table(parent).Column("id")
			hf, rf := schema.TypeFamily(s.Dialect, ct.Type), schema.TypeFamily(s.Dialect, pc.Type)
			if hf == "" || rf == "" {
				t.Fatalf("relcheck does not group %s (%q) or %s (%q)", ct.Type, hf, pc.Type, rf)
			}
			says := schema.Comparable(hf, rf)
			mustExec(t, db, ddl)
			_, joinErr := db.Exec(fmt.Sprintf("SELECT * FROM %s c JOIN %s p ON c.parent_id = p.id", child, parent))
			_, fkErr := db.Exec(fmt.Sprintf("ALTER TABLE %s ADD FOREIGN KEY (parent_id) REFERENCES %s (id)", child, parent))
			if says != (joinErr == nil) {
				t.Fatalf("relcheck says comparable=%v; PostgreSQL's join: %v", says, joinErr)
			}
			if !says {
				want := "operator does not exist: " + schema.SQLName(ct.Type) + " = " + schema.SQLName(pc.Type)
				if !strings.Contains(joinErr.Error(), want) {
					t.Errorf("join error %v, want %s", joinErr, want)
				}
				if fkErr == nil || !strings.Contains(fkErr.Error(), "cannot be implemented") {
					t.Errorf("foreign key error %v, want cannot be implemented", fkErr)
				}
			}
		})
	}
}
