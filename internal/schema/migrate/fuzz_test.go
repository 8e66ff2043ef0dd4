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

// Any MySQL file yields a schema and skips, never a panic.
func FuzzMySQL(f *testing.F) {
	f.Add("x.up.sql", "CREATE TABLE a (id INT PRIMARY KEY, b INT REFERENCES a (id) ON DELETE CASCADE, KEY (b));\nCREATE UNIQUE INDEX i ON a (b);")
	f.Add("1_x.sql", "-- +goose Up\nALTER TABLE a CHANGE b c INT, RENAME INDEX b TO c;\n-- +goose Down\nDROP TABLE a;")
	f.Add("1_x.sql", "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nCALL p();\nALTER TABLE missing ADD UNIQUE (x);")
	f.Add("1_x.sql", "CREATE TABLE t (a INT, KEY ((a+1))); ALTER TABLE t DROP COLUMN a; RENAME TABLE t TO u; CREATE OR REPLACE TABLE u LIKE u; DROP TABLE u, t;")
	f.Fuzz(func(t *testing.T, name, text string) {
		s, err := MySQL([]File{split(name, text)})
		if err != nil || s == nil {
			t.Fatalf("%v", err)
		}
	})
}
