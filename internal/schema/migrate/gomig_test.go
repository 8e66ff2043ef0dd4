package migrate

import (
	"path/filepath"
	"strings"
	"testing"
)

// go-pg/migrations written in Go, mixed with an .up.sql file: the up
// functions' constant SQL builds the same schema as the SQL layouts, in
// version order; down functions are never read; what cannot be read is
// listed once per kind and file, at its line.
func TestGoMigrations(t *testing.T) {
	for _, dialect := range []string{"postgres"} { // the directory is go-pg's: PostgreSQL
		t.Run(dialect, func(t *testing.T) {
			s, err := Read(dialect, filepath.Join("testdata", "gopg"))
			if err != nil {
				t.Fatal(err)
			}
			checkSample(t, s)
			var skipped []string
			for _, sk := range s.Skipped {
				skipped = append(skipped, filepath.Base(sk.File)+":"+itoa(sk.Line)+" "+sk.Reason)
			}
			want := []string{
				`4_dynamic.go:19 Exec of SQL that is not constant: fmt.Sprintf("ALTER TABLE %s ADD COLUMN views int", table)`,
				`4_dynamic.go:25 the up function passes the database to backfill: relcheck reads only Exec of constant SQL`,
			}
			if strings.Join(skipped, "\n") != strings.Join(want, "\n") {
				t.Errorf("skipped:\n%s\nwant:\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
			}
			if posts := s.Table("posts"); posts.Column("views") != nil || posts.Column("likes") != nil {
				t.Errorf("posts columns %+v: SQL built from a variable that is assigned must not be read", posts.Columns)
			}
		})
	}
}

// A statement PostgreSQL cannot parse in a Go migration is reported at its
// line in the Go file.
func TestGoMigrationLines(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "1_a.go", "package m\n\nimport \"github.com/pressly/goose/v3\"\n\nfunc init() { goose.AddMigration(up, nil) }\n\n"+
		"func up(tx *sql.Tx) error {\n\ttx.Exec(`\n\t\tCREATE TABLE a (id int);\n\t\tDO $$ BEGIN END $$;`)\n\treturn nil\n}\n")
	s, err := Read("postgres", dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Table("a") == nil || len(s.Skipped) != 1 || s.Skipped[0].Line != 10 {
		t.Errorf("tables %+v, skipped %+v: want table a and the DO block at line 10", s.Tables, s.Skipped)
	}
}

// Bun's migrate: the collection lives in another file, and the up function
// runs a slice of constants, captured from init, in a loop.
func TestBunGoMigrations(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "main.go", "package migrations\n\nimport \"github.com/uptrace/bun/migrate\"\n\nvar Migrations = migrate.NewMigrations()\n")
	write(t, dir, "1_init.go", `package migrations

import (
	"context"

	"github.com/uptrace/bun"
)

const users = "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE)"

func init() {
	up := []string{users, "CREATE TABLE tokens (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id))"}
	Migrations.MustRegister(func(ctx context.Context, db *bun.DB) error {
		for _, q := range up {
			if _, err := db.Exec(q); err != nil {
				return err
			}
		}
		return nil
	}, func(ctx context.Context, db *bun.DB) error {
		_, err := db.Exec("DROP TABLE tokens")
		return err
	})
}
`)
	s, err := Read("postgres", dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Table("users") == nil || s.Table("tokens") == nil || len(s.Skipped) != 0 {
		t.Errorf("tables %+v, skipped %+v: want users and tokens, nothing skipped", s.Tables, s.Skipped)
	}
	if ix := s.Table("users").UniqueOn([]string{"email"}); ix == nil {
		t.Errorf("users.email not unique")
	}
}
