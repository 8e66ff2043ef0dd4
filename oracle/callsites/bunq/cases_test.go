package bunq

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	_ "github.com/glebarez/go-sqlite" // the "sqlite" database/sql driver, pure Go
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/sqlitedialect"

	"github.com/relcheck/relcheck/oracle/callsites/internal/sites"
)

// Every case runs on SQLite with rows at every step of every path, and
// relcheck reports exactly the cases Bun fails on.
func TestBunAgrees(t *testing.T) {
	found := sites.Findings(t, "github.com/relcheck/relcheck/oracle/callsites/bunq")
	for name := range found {
		if Cases[name] == nil {
			t.Errorf("finding outside the cases, in %q: %v", name, found[name])
		}
	}
	for name, c := range Cases {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			db := seeded(t, ctx)
			sites.Check(t, name, found[name], sites.Run(func() error { return c(ctx, db) }))
		})
	}
}

func seeded(t *testing.T, ctx context.Context) *bun.DB {
	t.Helper()
	dsn := "file:" + strings.NewReplacer("/", "_").Replace(t.Name()) + "?mode=memory&cache=shared"
	sqldb, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	sqldb.SetMaxOpenConns(1)
	db := bun.NewDB(sqldb, sqlitedialect.New())
	t.Cleanup(func() { db.Close() })
	for _, m := range Models {
		if _, err := db.NewCreateTable().Model(m).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	u := &User{Name: "ann"}
	if _, err := db.NewInsert().Model(u).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	for _, m := range []any{&Profile{UserID: u.ID}, &Post{AuthorID: u.ID}, &Post{AuthorID: u.ID}} {
		if _, err := db.NewInsert().Model(m).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return db
}
