package schemadb

import (
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// relcheck-schema -dsn end to end: it writes the models' file from the
// database, -check holds while the database stays, and fails once a
// migration changes it. The file names neither server nor user.
func TestDSNCommand(t *testing.T) {
	pg := dbs.Fresh(t, dbs.Postgres)
	my := dbs.Fresh(t, dbs.MySQL)
	bin := filepath.Join(t.TempDir(), "relcheck-schema")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/relcheck/relcheck/cmd/relcheck-schema").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, c := range []struct{ name, driver, dsn, ddl, change string }{
		{"postgres", "pgx", pg, "CREATE TABLE users (id int PRIMARY KEY, email text)",
			"CREATE UNIQUE INDEX users_email ON users (email)"},
		{"mysql", "mysql", "mysql://" + my, "CREATE TABLE users (id int PRIMARY KEY, email varchar(100))",
			"CREATE UNIQUE INDEX users_email ON users (email)"},
		// The same database through go-sql-driver's own form, so no table to create.
		{"mysql-driver-form", "mysql", my, "", "ALTER TABLE users MODIFY email varchar(100) NOT NULL"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := sql.Open(c.driver, strings.TrimPrefix(c.dsn, "mysql://"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if c.ddl != "" {
				mustExec(t, db, c.ddl)
			}
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "models.go"), []byte("package models\n"), 0o644)
			out := filepath.Join(dir, "relcheck_schema.go")
			run := func(args ...string) (int, string) {
				cmd := exec.Command(bin, append([]string{"-dsn=" + c.dsn, "-o", out}, args...)...)
				msg, _ := cmd.CombinedOutput()
				return cmd.ProcessState.ExitCode(), string(msg)
			}
			if code, msg := run(); code != 0 {
				t.Fatalf("exit %d: %s", code, msg)
			}
			file, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(file), `{"name":"users","columns":[`) || strings.Contains(string(file), "127.0.0.1") ||
				strings.Contains(string(file), "relcheck@") {
				t.Fatalf("generated file:\n%s", file)
			}
			if code, msg := run("-check"); code != 0 {
				t.Fatalf("-check on a fresh file: exit %d: %s", code, msg)
			}
			mustExec(t, db, c.change)
			if code, msg := run("-check"); code != 1 || !strings.Contains(msg, "out of date with the database") {
				t.Fatalf("-check after %s: exit %d: %s", c.change, code, msg)
			}
		})
	}
}
