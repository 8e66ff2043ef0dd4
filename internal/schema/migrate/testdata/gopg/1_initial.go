package migrations

import "github.com/go-pg/migrations/v8"

// The SQL sits in package variables the up and down functions execute.
var up = `
CREATE TABLE users (
    id serial PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE profiles (
    id serial PRIMARY KEY,
    user_id integer NOT NULL,
    bio text
);
`

var down = `
DROP TABLE profiles;
DROP TABLE users;
`

func init() {
	migrations.MustRegisterTx(func(db migrations.DB) error {
		_, err := db.Exec(up)
		return err
	}, func(db migrations.DB) error {
		_, err := db.Exec(down)
		return err
	})
}
