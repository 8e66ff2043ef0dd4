package migrations

import "github.com/go-pg/migrations/v8"

// A named up function, in a file that must run after 4_ (version 10, not
// the name's order).
func init() {
	migrations.MustRegisterTx(upTitle, downTitle)
}

func upTitle(db migrations.DB) error {
	_, err := db.Exec(`
		ALTER TABLE posts ADD COLUMN title text;
		CREATE INDEX posts_author ON posts (author_id);
	`)
	return err
}

func downTitle(db migrations.DB) error {
	_, err := db.Exec(`ALTER TABLE posts DROP COLUMN title`)
	return err
}
