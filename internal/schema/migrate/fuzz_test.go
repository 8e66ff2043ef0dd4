package migrate

import "testing"

// Any file, in any layout, yields a schema and skips, never a panic.
func FuzzPostgres(f *testing.F) {
	f.Add("x.up.sql", "CREATE TABLE a (id int PRIMARY KEY, b int REFERENCES a ON DELETE CASCADE);\nCREATE UNIQUE INDEX i ON a (b) WHERE b > 0;")
	f.Add("1_x.sql", "-- +goose Up\nALTER TABLE a RENAME COLUMN b TO c;\n-- +goose Down\nDROP TABLE a;")
	f.Add("1_x.sql", "-- migrate:up\nALTER TABLE missing ADD CONSTRAINT k UNIQUE (x);\nDROP INDEX nothing;\n-- migrate:down\n")
	f.Add("1_x.sql", "CREATE TABLE t (a int); ALTER TABLE t DROP COLUMN a; ALTER TABLE t RENAME TO u; DROP TABLE u, t; DO $$ BEGIN END $$;")
	f.Fuzz(func(t *testing.T, name, text string) {
		s, err := Postgres([]File{split(name, text)})
		if err != nil || s == nil {
			t.Fatalf("%v", err)
		}
	})
}
