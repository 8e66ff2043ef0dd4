package introspect

import (
	"context"
	"net"
	"strings"
	"testing"
)

// Each documented DSN form names its dialect and server; messages never
// carry the password.
func TestParse(t *testing.T) {
	for _, c := range []struct{ dsn, dialect, where string }{
		{"postgres://u:secret@db.example:6543/app?sslmode=disable", "postgres", "PostgreSQL at db.example:6543/app"},
		{"postgresql://u:secret@localhost/app", "postgres", "PostgreSQL at localhost:5432/app"},
		{"mysql://u:secret@db.example/app", "mysql", "MySQL at db.example:3306/app"},
		{"mysql://u:secret@db.example:3307/app?parseTime=true", "mysql", "MySQL at db.example:3307/app"},
		{"mysql://u:secret@tcp(db.example:3307)/app", "mysql", "MySQL at db.example:3307/app"},
		{"u:secret@tcp(db.example:3307)/app?charset=utf8mb4", "mysql", "MySQL at db.example:3307/app"},
		{"u:secret@unix(/run/mysqld/mysqld.sock)/app", "mysql", "MySQL at /run/mysqld/mysqld.sock/app"},
	} {
		src, err := Parse(c.dsn)
		if err != nil {
			t.Errorf("%s: %v", c.dsn, err)
			continue
		}
		if src.Dialect != c.dialect || src.Where != c.where {
			t.Errorf("%s: %s, %q; want %s, %q", c.dsn, src.Dialect, src.Where, c.dialect, c.where)
		}
	}
	for _, dsn := range []string{
		"sqlite://file.db",
		"file.db",
		"postgres://u:secret@host:notaport/db",
		"mysql://u:secret@tcp(host:3306/db",
		"u:secret@tcp(host:3306)/db?parseTime=maybe",
	} {
		_, err := Parse(dsn)
		if err == nil {
			t.Errorf("%s: no error", dsn)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "bad -dsn: ") || strings.Contains(msg, "secret") || strings.Contains(msg, "\n") {
			t.Errorf("%s: %q: want one line starting bad -dsn:, without the password", dsn, msg)
		}
	}
}

// A server that does not answer is one line naming it, not the password.
func TestReadUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	addr := l.Addr().String()
	l.Close() // a port nothing listens on
	for _, dsn := range []string{"postgres://u:secret@" + addr + "/app", "mysql://u:secret@" + addr + "/app"} {
		_, err := Read(context.Background(), dsn, "")
		if err == nil {
			t.Fatalf("%s: no error", dsn)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "cannot connect to ") || !strings.Contains(msg, addr+"/app") ||
			strings.Contains(msg, "secret") || strings.Contains(msg, "\n") {
			t.Errorf("%s: %q", dsn, msg)
		}
	}
}

func TestUnwrap(t *testing.T) {
	for in, want := range map[string]string{
		"(archived_at IS NULL)":             "archived_at IS NULL",
		"((a > 1) AND (b < 2))":             "(a > 1) AND (b < 2)",
		"(a > 1) AND (b < 2)":               "(a > 1) AND (b < 2)",
		"(status = ')'::text)":              "status = ')'::text",
		"(status = '('::text) OR (b = 'x')": "(status = '('::text) OR (b = 'x')",
		"deleted":                           "deleted",
	} {
		if got := unwrap(in); got != want {
			t.Errorf("unwrap(%q) = %q, want %q", in, got, want)
		}
	}
}
