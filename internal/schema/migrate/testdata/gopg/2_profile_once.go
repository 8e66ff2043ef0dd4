package migrations

import "github.com/go-pg/migrations/v8"

const profiles = "profiles"

// Constants folded through concatenation, a local constant among them.
func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		const fk = " ADD CONSTRAINT profiles_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE"
		if _, err := db.Exec("ALTER TABLE " + profiles + fk); err != nil {
			return err
		}
		_, err := db.Exec(`CREATE UNIQUE INDEX profiles_user_once ON ` + profiles + ` (user_id)`)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(`DROP INDEX profiles_user_once`)
		return err
	})
}
