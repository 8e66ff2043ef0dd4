package migrate

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/schema"
)

// The MySQL layouts' directories write the same three migrations in
// MySQL's DDL; each must give the same schema, down sections left out.
func TestMySQLLayouts(t *testing.T) {
	for _, layout := range layouts {
		t.Run(layout, func(t *testing.T) {
			s, err := Read("mysql", filepath.Join("testdata", "mysql", layout))
			if err != nil {
				t.Fatal(err)
			}
			checkMySQLSample(t, s)
			var skipped []string
			for _, sk := range s.Skipped {
				skipped = append(skipped, filepath.Base(sk.File)+":"+itoa(sk.Line))
			}
			want := ""
			if layout == "goose" {
				want = "2_posts.sql:11" // the procedure; the Go migration's SQL is read
			}
			if got := strings.Join(skipped, ","); got != want {
				t.Errorf("skipped %q, want %q", got, want)
			}
		})
	}
}

func checkMySQLSample(t *testing.T, s *schema.Schema) {
	t.Helper()
	users, profiles, posts := s.Table("users"), s.Table("profiles"), s.Table("posts")
	if users == nil || profiles == nil || posts == nil || len(s.Tables) != 3 {
		t.Fatalf("tables %+v, want users, profiles, posts", s.Tables)
	}
	if !sameStrings(users.PrimaryKey, []string{"id"}) {
		t.Errorf("users primary key %v", users.PrimaryKey)
	}
	if c := users.Column("id"); c == nil || c.Type != "bigint unsigned" || !c.NotNull {
		t.Errorf("users.id %+v, want bigint unsigned NOT NULL", c)
	}
	if ix := profiles.UniqueOn([]string{"user_id"}); ix == nil || ix.Name != "profiles_user_once" {
		t.Errorf("profiles.user_id uniqueness %+v", ix)
	}
	if fk := profiles.ForeignKeyOn([]string{"user_id"}); fk == nil || fk.RefTable != "users" || fk.OnDelete != "CASCADE" || fk.OnUpdate != "RESTRICT" {
		t.Errorf("profiles.user_id foreign key %+v, want users ON DELETE CASCADE ON UPDATE RESTRICT", fk)
	}
	if ix := posts.UniqueOn([]string{"slug"}); ix == nil || ix.Where != "" {
		t.Errorf("posts.slug uniqueness %+v", ix)
	}
	if fk := posts.ForeignKeyOn([]string{"author_id"}); fk == nil || fk.OnDelete != "SET NULL" || !sameStrings(fk.RefColumns, []string{"id"}) {
		t.Errorf("posts.author_id foreign key %+v, want users(id) ON DELETE SET NULL", fk)
	}
	if c := posts.Column("title"); c == nil || c.Type != "varchar" || c.NotNull {
		t.Errorf("posts.title %+v: the third migration did not run after the second", c)
	}
	var ixs []string
	for _, ix := range posts.Indexes {
		ixs = append(ixs, ix.Name+"("+strings.Join(ix.Columns, ",")+")")
	}
	// posts_author_fk was InnoDB's index for the key; posts_author replaced it.
	if got := strings.Join(ixs, " "); got != "posts_slug(slug) posts_author(author_id,archived_at)" && got != "posts_author(author_id,archived_at) posts_slug(slug)" {
		t.Errorf("posts indexes %s", got)
	}
	if c := posts.Column("author_id"); c == nil || c.NotNull {
		t.Errorf("posts.author_id %+v, want nullable", c)
	}
}

func readMySQL(t *testing.T, files ...string) *schema.Schema {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i+1 < len(files); i += 2 {
		write(t, dir, files[i], files[i+1])
	}
	s, err := Read("mysql", dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func indexList(t *schema.Table) string {
	var out []string
	for _, ix := range t.Indexes {
		f := ix.Name + "("
		if ix.Unique {
			f = "unique " + f
		}
		out = append(out, f+strings.Join(ix.Columns, ",")+")")
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// The index names and the automatic foreign-key indexes are MariaDB's,
// as SHOW CREATE TABLE printed them after the same statements.
func TestMySQLStatements(t *testing.T) {
	s := readMySQL(t, "1_a.up.sql", `
CREATE TABLE a (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(191) NOT NULL UNIQUE, note TEXT);
CREATE TABLE b (id INT PRIMARY KEY, a_id BIGINT UNSIGNED REFERENCES a (id) ON DELETE CASCADE);
CREATE TABLE c (id INT PRIMARY KEY, a_id BIGINT UNSIGNED, x BIGINT UNSIGNED, y BIGINT UNSIGNED,
  CONSTRAINT fk_c FOREIGN KEY (a_id) REFERENCES a (id) ON DELETE SET NULL,
  FOREIGN KEY (x) REFERENCES a (id), KEY (y), UNIQUE (x, y), FOREIGN KEY (y) REFERENCES a(id));
CREATE INDEX c_ax ON c (a_id, x);
CREATE TABLE p2 (a INT, b INT, PRIMARY KEY (a, b));
CREATE TABLE c2 (id INT PRIMARY KEY, pa INT, pb INT, FOREIGN KEY (pa, pb) REFERENCES p2 (a, b), x INT, KEY (x), KEY (x, pa));
ALTER TABLE c2 DROP FOREIGN KEY c2_ibfk_1;
ALTER TABLE c2 ADD COLUMN q INT NOT NULL, ADD INDEX (q, x);
ALTER TABLE c2 DROP COLUMN x;
CREATE TABLE c4 (id INT PRIMARY KEY, a_id BIGINT UNSIGNED, CONSTRAINT u1 UNIQUE KEY (a_id));
ALTER TABLE c4 DROP CONSTRAINT u1;
ALTER TABLE c4 ADD UNIQUE (a_id), ADD UNIQUE (a_id);
CREATE TABLE n (id INT PRIMARY KEY, a_id BIGINT UNSIGNED REFERENCES a (id));
ALTER TABLE n ADD CONSTRAINT n_a FOREIGN KEY (a_id) REFERENCES a (id);
`)
	if len(s.Skipped) != 0 {
		t.Errorf("skipped %+v", s.Skipped)
	}
	for _, c := range []struct{ table, want string }{
		{"a", "unique email(email)"},
		{"b", "a_id(a_id)"},
		{"c", "c_ax(a_id,x) unique x(x,y) y(y)"},
		{"c2", "pa(pa,pb) q(q) x_2(pa)"},
		{"c4", "unique a_id(a_id) unique a_id_2(a_id)"},
		{"n", "n_a(a_id)"}, // MariaDB's index for the inline key gave way to n_a's
	} {
		tb := s.Table(c.table)
		if tb == nil {
			t.Fatalf("no table %s", c.table)
		}
		if got := indexList(tb); got != c.want {
			t.Errorf("%s indexes %s, want %s", c.table, got, c.want)
		}
	}
	// MariaDB follows an inline REFERENCES (MySQL before 9.0 ignores it).
	if fk := s.Table("b").ForeignKeyOn([]string{"a_id"}); fk == nil || fk.Name != "b_ibfk_1" || fk.OnDelete != "CASCADE" {
		t.Errorf("b's inline foreign key %+v", fk)
	}
	var fks []string
	for _, fk := range s.Table("c").ForeignKeys {
		fks = append(fks, fk.Name+" "+fk.OnDelete+"/"+fk.OnUpdate)
	}
	if got := strings.Join(fks, ", "); got != "fk_c SET NULL/RESTRICT, c_ibfk_1 RESTRICT/RESTRICT, c_ibfk_2 RESTRICT/RESTRICT" {
		t.Errorf("c foreign keys %s", got)
	}
	if len(s.Table("c2").ForeignKeys) != 0 {
		t.Errorf("c2 foreign keys %+v, want none", s.Table("c2").ForeignKeys)
	}
}

func TestMySQLAlter(t *testing.T) {
	s := readMySQL(t, "1_a.sql", `
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT, code VARCHAR(20), PRIMARY KEY (id));
CREATE TABLE orders (id INT PRIMARY KEY, user_code VARCHAR(20), note TEXT);
ALTER TABLE users ADD UNIQUE INDEX users_code (code);
ALTER TABLE orders ADD CONSTRAINT orders_user FOREIGN KEY (user_code) REFERENCES users (code) ON UPDATE CASCADE;
ALTER TABLE orders MODIFY COLUMN note VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE orders CHANGE COLUMN user_code customer_code VARCHAR(20) NOT NULL;
ALTER TABLE users RENAME COLUMN code TO handle;
ALTER TABLE users RENAME INDEX users_code TO users_handle;
RENAME TABLE users TO customers;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note INT, ADD COLUMN total DECIMAL(10,2) UNSIGNED AFTER id;
CREATE OR REPLACE TABLE scratch (id INT);
CREATE OR REPLACE TABLE scratch (id INT, PRIMARY KEY (id));
ALTER TABLE orders DROP FOREIGN KEY IF EXISTS nothing_here;
CREATE TABLE orders_copy LIKE orders;
DROP TABLE IF EXISTS orders_copy, never_made;
CREATE TABLE devices (id UUID PRIMARY KEY, ip INET6, label VARCHAR(36) DEFAULT (UUID()), twice INT AS (1 + 1) PERSISTENT);
ALTER ONLINE TABLE devices ADD COLUMN ip4 INET4 NOT NULL, ALGORITHM=NOCOPY;
ALTER TABLE devices DROP CONSTRAINT IF EXISTS nothing_here;
ALTER TABLE devices ADD COLUMN secret INT INVISIBLE;
ALTER TABLE devices ADD COLUMN invisible BOOL, ADD COLUMN persistent INT;
`, "2_b.sql", `
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  ALTER TABLE orders ADD COLUMN hidden INT;
END$$
DELIMITER ;
CALL p();
CREATE TABLE made AS SELECT 1 AS one;
ALTER TABLE orders ADD COLUMN bad INT UNKNOWN_WORD;
CREATE TABLE after_all (id INT PRIMARY KEY);
`)
	var reasons []string
	for _, sk := range s.Skipped {
		reasons = append(reasons, filepath.Base(sk.File)+":"+itoa(sk.Line)+" "+strings.SplitN(sk.Reason, ":", 2)[0])
	}
	want := []string{
		"2_b.sql:3 procedural code or dynamic SQL",
		"2_b.sql:8 procedural code or dynamic SQL",
		"2_b.sql:9 CREATE TABLE ... SELECT",
		"2_b.sql:10 MySQL's grammar cannot parse this statement",
	}
	if strings.Join(reasons, "|") != strings.Join(want, "|") {
		t.Errorf("skipped %q, want %q", reasons, want)
	}
	cust, orders := s.Table("customers"), s.Table("orders")
	if cust == nil || orders == nil || s.Table("users") != nil || s.Table("after_all") == nil || s.Table("orders_copy") != nil {
		t.Fatalf("tables %+v", s.Tables)
	}
	if ix := cust.UniqueOn([]string{"handle"}); ix == nil || ix.Name != "users_handle" {
		t.Errorf("customers.handle uniqueness %+v", ix)
	}
	fk := orders.ForeignKeyOn([]string{"customer_code"})
	if fk == nil || fk.RefTable != "customers" || !sameStrings(fk.RefColumns, []string{"handle"}) || fk.OnUpdate != "CASCADE" || fk.OnDelete != "RESTRICT" {
		t.Errorf("orders foreign key %+v, want customers(handle) ON UPDATE CASCADE", fk)
	}
	if c := orders.Column("customer_code"); c == nil || !c.NotNull || c.Type != "varchar" {
		t.Errorf("changed column %+v", c)
	}
	if c := orders.Column("note"); c == nil || c.Type != "varchar" || !c.NotNull || c.Default != "set" {
		t.Errorf("modified column %+v (ADD COLUMN IF NOT EXISTS must leave it)", c)
	}
	if c := orders.Column("total"); c == nil || c.Type != "decimal unsigned" {
		t.Errorf("added column %+v", c)
	}
	if orders.Column("hidden") != nil || orders.Column("bad") != nil {
		t.Errorf("columns from skipped statements: %+v", orders.Columns)
	}
	if !orders.IndexedBy([]string{"customer_code"}) {
		t.Errorf("orders indexes %s: InnoDB indexes the foreign key", indexList(orders))
	}
	var types []string
	for _, c := range s.Table("devices").Columns {
		types = append(types, c.Name+" "+c.Type)
	}
	if got := strings.Join(types, ", "); got != "id uuid, ip inet6, label varchar, twice int, ip4 inet4, secret int, invisible tinyint, persistent int" {
		t.Errorf("MariaDB's forms: devices columns %s", got)
	}
	if sc := s.Table("scratch"); sc == nil || !sameStrings(sc.PrimaryKey, []string{"id"}) {
		t.Errorf("CREATE OR REPLACE: %+v", sc)
	}
}

func TestSplitMySQL(t *testing.T) {
	src := "CREATE TABLE a (s VARCHAR(5) DEFAULT ';', `x;y` INT); -- a; comment\n" +
		"# another; comment\n" +
		"/* block; comment */ INSERT INTO a VALUES ('it''s; fine', \"a\\\";\");\n" +
		"CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN\n  IF NEW.s = '' THEN SET NEW.s = CASE WHEN 1 THEN 'x' END; END IF;\nEND;\n" +
		"DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\ndelimiter ;\n" +
		"/*!40101 SET NAMES utf8 */;\n;\nDROP TABLE a"
	var got []string
	for _, p := range splitMySQL(src) {
		got = append(got, strings.Fields(stripComments(p.text))[0]+"@"+itoa(lineOf(src, p.off+leadingMySQL(src[p.off:]))))
	}
	want := "CREATE@1 INSERT@3 CREATE@4 CREATE@8 /*!40101@10 DROP@12"
	if strings.Join(got, " ") != want {
		t.Errorf("pieces %q, want %q", strings.Join(got, " "), want)
	}
}

// A file in mysqldump's shape reads whole: executable comments, a foreign
// key to a table created after it, a trigger written in /*!50003 */ under
// DELIMITER ;;, quotes holding semicolons.
func TestMySQLDump(t *testing.T) {
	s, err := Read("mysql", filepath.Join("testdata", "mysqldump"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Skipped) != 0 {
		t.Errorf("skipped %+v", s.Skipped)
	}
	comments, posts := s.Table("comments"), s.Table("posts")
	if comments == nil || posts == nil {
		t.Fatalf("tables %+v", s.Tables)
	}
	if fk := comments.ForeignKeyOn([]string{"post_id"}); fk == nil || fk.RefTable != "posts" || fk.OnDelete != "CASCADE" {
		t.Errorf("comments foreign key %+v", fk)
	}
	if got := indexList(comments); got != "comments_post_id_foreign(post_id)" {
		t.Errorf("comments indexes %s: the written key serves the foreign key", got)
	}
	if ix := posts.UniqueOn([]string{"title"}); ix == nil || ix.Name != "posts_title_unique" {
		t.Errorf("posts.title uniqueness %+v", ix)
	}
}
