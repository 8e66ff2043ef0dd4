package migrate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/schema"
)

var layouts = []string{"golang-migrate", "goose", "atlas", "sql-migrate", "dbmate"}

// Every layout's directory writes the same three migrations; each reader
// must build the same schema from it, down sections left out.
func TestLayouts(t *testing.T) {
	for _, layout := range layouts {
		for _, dialect := range []string{"postgres", "sqlite"} {
			t.Run(layout+"/"+dialect, func(t *testing.T) {
				s, err := Read(dialect, filepath.Join("testdata", layout))
				if err != nil {
					t.Fatal(err)
				}
				checkSample(t, s)
				var skipped []string
				for _, sk := range s.Skipped {
					skipped = append(skipped, filepath.Base(sk.File)+": "+sk.Reason)
				}
				if len(skipped) != 0 {
					t.Errorf("skipped %q, want none", skipped)
				}
			})
		}
	}
}

func checkSample(t *testing.T, s *schema.Schema) {
	t.Helper()
	var names []string
	for _, tb := range s.Tables {
		names = append(names, tb.Name)
	}
	if got := strings.Join(names, ","); got != "posts,profiles,users" && got != "users,profiles,posts" {
		t.Fatalf("tables %s, want users, profiles, posts", got)
	}
	users, profiles, posts := s.Table("users"), s.Table("profiles"), s.Table("posts")
	if !sameStrings(users.PrimaryKey, []string{"id"}) {
		t.Errorf("users primary key %v", users.PrimaryKey)
	}
	if c := users.Column("email"); c == nil || !c.NotNull {
		t.Errorf("users.email %+v, want NOT NULL", c)
	}
	if ix := profiles.UniqueOn([]string{"user_id"}); ix == nil || ix.Where != "" {
		t.Errorf("profiles.user_id uniqueness %+v, want a full unique index", ix)
	}
	if ix := posts.UniqueOn([]string{"slug"}); ix == nil || ix.Where != "archived_at IS NULL" {
		t.Errorf("posts.slug uniqueness %+v, want partial WHERE archived_at IS NULL", ix)
	}
	if fk := profiles.ForeignKeyOn([]string{"user_id"}); fk == nil || fk.RefTable != "users" || fk.OnDelete != "CASCADE" || fk.OnUpdate != "NO ACTION" {
		t.Errorf("profiles.user_id foreign key %+v, want users ON DELETE CASCADE", fk)
	}
	if fk := posts.ForeignKeyOn([]string{"author_id"}); fk == nil || fk.OnDelete != "SET NULL" {
		t.Errorf("posts.author_id foreign key %+v, want ON DELETE SET NULL", fk)
	}
	if posts.Column("title") == nil {
		t.Errorf("posts.title missing: the third migration did not run after the second")
	}
	if !posts.IndexedBy([]string{"author_id"}) || posts.IndexedBy([]string{"slug"}) {
		t.Errorf("posts indexes %+v: want author_id indexed, slug only by a partial index", posts.Indexes)
	}
	if c := posts.Column("author_id"); c == nil || c.NotNull {
		t.Errorf("posts.author_id %+v, want nullable", c)
	}
}

func sameStrings(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") }

func TestOrder(t *testing.T) {
	got := []string{"10_c.sql", "2_b.sql", "1_a.sql", "20240101_x.sql", "001_z.sql"}
	for i := 0; i < len(got); i++ {
		for j := i + 1; j < len(got); j++ {
			if less(got[j], got[i]) {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	if s := strings.Join(got, " "); s != "001_z.sql 1_a.sql 2_b.sql 10_c.sql 20240101_x.sql" {
		t.Errorf("order %s", s)
	}
}

// PostgreSQL DDL the reader does not follow is reported once per
// statement, and the statements after it still apply.
func TestPostgresSkips(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "1_a.up.sql", `CREATE TABLE a (id int PRIMARY KEY);
DO $$ BEGIN EXECUTE 'ALTER TABLE a ADD COLUMN b int'; END $$;
INSERT INTO a VALUES (1);
CREATE TABLE c (id bigserial PRIMARY KEY, a_id int CONSTRAINT c_a REFERENCES a ON DELETE RESTRICT ON UPDATE CASCADE, name varchar(20) UNIQUE);
`)
	write(t, dir, "2_b.up.sql", `this is not SQL;`)
	write(t, dir, "3_c.up.sql", `ALTER TABLE c DROP CONSTRAINT c_a;
ALTER TABLE c RENAME COLUMN name TO title;
ALTER TABLE c ALTER COLUMN title SET NOT NULL;
ALTER TABLE a RENAME TO aa;
ALTER TABLE c ADD CONSTRAINT c_aa FOREIGN KEY (a_id) REFERENCES aa (id);
CREATE UNIQUE INDEX c_lower ON c (lower(title));
`)
	s, err := Read("postgres", dir)
	if err != nil {
		t.Fatal(err)
	}
	var reasons []string
	for _, sk := range s.Skipped {
		reasons = append(reasons, filepath.Base(sk.File)+":"+itoa(sk.Line)+" "+strings.SplitN(sk.Reason, ":", 2)[0])
	}
	want := []string{"1_a.up.sql:2 a DO block", "2_b.up.sql:1 PostgreSQL cannot parse this file"}
	if strings.Join(reasons, "|") != strings.Join(want, "|") {
		t.Errorf("skipped %q, want %q", reasons, want)
	}
	c := s.Table("c")
	if c == nil || s.Table("aa") == nil || s.Table("a") != nil {
		t.Fatalf("tables %+v", s.Tables)
	}
	if col := c.Column("id"); col == nil || col.Type != "int8" || !col.NotNull {
		t.Errorf("bigserial id %+v, want int8 NOT NULL", col)
	}
	if col := c.Column("title"); col == nil || col.Type != "varchar" || !col.NotNull {
		t.Errorf("renamed title %+v", col)
	}
	if ix := c.UniqueOn([]string{"title"}); ix == nil {
		t.Errorf("the unique constraint did not follow the rename: %+v", c.Indexes)
	}
	if len(c.ForeignKeys) != 1 || c.ForeignKeys[0].Name != "c_aa" || c.ForeignKeys[0].RefTable != "aa" || c.ForeignKeys[0].OnDelete != "NO ACTION" {
		t.Errorf("foreign keys %+v, want only c_aa to aa", c.ForeignKeys)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0 || s == ""; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
