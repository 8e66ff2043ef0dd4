package main

import (
	"bytes"
	"net"
	"os/exec"
	"strings"
	"testing"
)

// -dsn's mistakes end in one line on standard error and exit 1, and never
// print the password.
func TestDSNErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	closed := l.Addr().String()
	l.Close()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-dsn=sqlite://x.db"}, "bad -dsn: scheme"},
		{[]string{"-dsn=postgres://u:secret@h:port/db"}, "bad -dsn: "},
		{[]string{"-dsn=postgres://u:secret@" + closed + "/app"}, "cannot connect to PostgreSQL at " + closed + "/app"},
		{[]string{"-dsn=mysql://u:secret@" + closed + "/app"}, "cannot connect to MySQL at " + closed + "/app"},
		{[]string{"-dsn=postgres://u:secret@h/db", "migrations"}, "-dsn reads a database, not migrations"},
		{[]string{"-dsn=postgres://u:secret@h/db", "-dialect=mysql"}, "-dialect=mysql, but -dsn names a postgres database"},
		{[]string{"-schema=app", "migrations"}, "-schema needs -dsn"},
		{[]string{"-dsn="}, "-dsn is empty"},
	} {
		var stdout, stderr bytes.Buffer
		code := runSchema(append([]string{"-o", "-", "-pkg", "m"}, c.args...), &stdout, &stderr)
		msg := stderr.String()
		if code != 1 || !strings.HasPrefix(msg, "relcheck-schema: "+c.want) || strings.Count(msg, "\n") != 1 ||
			strings.Contains(msg, "secret") || stdout.Len() > 0 {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want exit 1 and one line %q", c.args, code, msg, stdout.String(), c.want)
		}
	}
}

// relcheck itself, which go vet and editors run on every package, must not
// link the database drivers or the migration readers' parsers.
func TestRelcheckLinksNoDriver(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "github.com/relcheck/relcheck/cmd/relcheck").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, bad := range []string{"github.com/jackc/pgx", "github.com/go-sql-driver/mysql", "github.com/wasilibs/go-pgquery", "github.com/pingcap/tidb", "modernc.org/sqlite",
			"github.com/relcheck/relcheck/internal/schema/introspect", "github.com/relcheck/relcheck/internal/schema/migrate"} {
			if strings.HasPrefix(dep, bad) {
				t.Errorf("cmd/relcheck links %s", dep)
			}
		}
	}
}
