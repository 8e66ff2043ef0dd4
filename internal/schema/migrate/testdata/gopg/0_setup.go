package migrations

import "github.com/go-pg/migrations/v8"

// Not a migration: it registers nothing, so nothing is read or reported.
func init() {
	migrations.DefaultCollection.DisableSQLAutodiscover(true)
}
