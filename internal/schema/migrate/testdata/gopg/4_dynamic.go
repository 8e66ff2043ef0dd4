package migrations

import (
	"fmt"

	"github.com/go-pg/migrations/v8"
)

var table = "posts"

func init() {
	table = "posts"
}

// What relcheck cannot read is reported once per kind: SQL built at run
// time, and other calls that reach the database.
func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		if _, err := db.Exec(fmt.Sprintf("ALTER TABLE %s ADD COLUMN views int", table)); err != nil {
			return err
		}
		if _, err := db.Exec("ALTER TABLE " + table + " ADD COLUMN likes int"); err != nil {
			return err
		}
		if err := backfill(db); err != nil {
			return err
		}
		_, err := db.Exec(`CREATE UNIQUE INDEX posts_live_slug ON posts (slug) WHERE archived_at IS NULL`)
		return err
	}, nil)
}

func backfill(db migrations.DB) error {
	_, err := db.Exec("UPDATE posts SET slug = id::text WHERE slug IS NULL")
	return err
}
