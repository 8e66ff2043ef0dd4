package pgq

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"

	"github.com/relcheck/relcheck/oracle/callsites/internal/sites"
)

// Every case runs on PostgreSQL with rows at every step of every path,
// and relcheck reports exactly the cases go-pg fails on.
func TestGoPGAgrees(t *testing.T) {
	admin := os.Getenv("RELCHECK_POSTGRES_DSN")
	if admin == "" {
		msg := "go-pg runs only on PostgreSQL: RELCHECK_POSTGRES_DSN is not set; ./scripts/test.sh starts a server"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	found := sites.Findings(t, "github.com/relcheck/relcheck/oracle/callsites/pgq")
	for name := range found {
		if Cases[name] == nil {
			t.Errorf("finding outside the cases, in %q: %v", name, found[name])
		}
	}
	ctx := context.Background()
	db := seeded(t, ctx, admin)
	for name, c := range Cases {
		t.Run(name, func(t *testing.T) {
			sites.Check(t, name, found[name], sites.Run(func() error { return c(ctx, db) }))
		})
	}
}

// seeded returns a connection to a new database, dropped when t ends,
// with a user who has a profile and two posts.
func seeded(t *testing.T, ctx context.Context, admin string) *pg.DB {
	t.Helper()
	opt, err := pg.ParseURL(admin)
	if err != nil {
		t.Fatal(err)
	}
	var b [4]byte
	rand.Read(b[:])
	name := "rc_callsites_" + hex.EncodeToString(b[:])
	root := pg.Connect(opt)
	t.Cleanup(func() { root.Close() })
	if _, err := root.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	o := *opt
	o.Database = name
	db := pg.Connect(&o)
	t.Cleanup(func() { db.Close() })
	for _, m := range Models {
		if err := db.Model(m).CreateTable(&orm.CreateTableOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	u := &User{Name: "ann"}
	if _, err := db.Model(u).Insert(); err != nil {
		t.Fatal(err)
	}
	for _, m := range []any{&Profile{UserID: u.ID}, &Post{AuthorID: u.ID, Title: "a"}, &Post{AuthorID: u.ID, Title: "b"}} {
		if _, err := db.Model(m).Insert(); err != nil {
			t.Fatal(err)
		}
	}
	return db
}
