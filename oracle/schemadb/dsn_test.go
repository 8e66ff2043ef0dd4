package schemadb

import (
	"context"
	"database/sql"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"

	"github.com/relcheck/relcheck/internal/schema"
	"github.com/relcheck/relcheck/internal/schema/introspect"
	"github.com/relcheck/relcheck/internal/schema/migrate"
	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// relcheck-schema -dsn reads PostgreSQL's catalog after the migrations
// ran; it must give what the migration reader gives for the same
// migrations, table by table (a second check of the reader, too).
func TestDSNPostgres(t *testing.T) {
	dirs := map[string]string{"postgres": filepath.Join("testdata", "postgres"), "dsn-postgres": filepath.Join("testdata", "dsn-postgres")}
	for _, l := range layouts {
		dirs[l] = layoutDir(l)
	}
	for name, dir := range dirs {
		t.Run(name, func(t *testing.T) {
			dsn := dbs.Fresh(t, dbs.Postgres)
			db, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			for _, f := range files(t, dir) {
				mustExec(t, db, f.SQL)
			}
			live, err := introspect.Read(context.Background(), dsn, "")
			if err != nil {
				t.Fatal(err)
			}
			read, err := migrate.Read("postgres", dir)
			if err != nil {
				t.Fatal(err)
			}
			if live.Dialect != read.Dialect {
				t.Errorf("dialect %q, the reader says %q", live.Dialect, read.Dialect)
			}
			compare(t, "-dsn vs postgres reader", withDefaults(live), withDefaults(read))
		})
	}
}

// withDefaults is canon with types, plus which columns have a default:
// the reader knows only that there is one, the catalog its expression.
func withDefaults(s *schema.Schema) map[string][]string {
	out := canon(s, true)
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Default != "" {
				out[t.Name] = append(out[t.Name], "default "+c.Name)
			}
		}
		sort.Strings(out[t.Name])
	}
	return out
}

// Only the schema asked for is read: the current one by default, another
// with -schema, whose foreign keys to other schemas name them.
func TestDSNPostgresSchema(t *testing.T) {
	dsn := dbs.Fresh(t, dbs.Postgres)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustExec(t, db, `CREATE TABLE users (id int PRIMARY KEY);
		CREATE SCHEMA app;
		CREATE TABLE app.posts (id int PRIMARY KEY, user_id int REFERENCES public.users ON DELETE CASCADE);
		CREATE SCHEMA empty`)
	for _, c := range []struct{ ns, want string }{
		{"", "users"},
		{"app", "posts: foreign key user_id -> public.users(id) on delete CASCADE on update NO ACTION"},
	} {
		s, err := introspect.Read(context.Background(), dsn, c.ns)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for name, facts := range canon(s, false) {
			if c.ns == "" {
				got = append(got, name)
				continue
			}
			for _, f := range facts {
				if strings.HasPrefix(f, "foreign key") {
					got = append(got, name+": "+f)
				}
			}
		}
		if strings.Join(got, "; ") != c.want {
			t.Errorf("schema %q: %q, want %q", c.ns, got, c.want)
		}
	}
	if _, err := introspect.Read(context.Background(), dsn, "empty"); err == nil || !strings.HasSuffix(err.Error(), `schema "empty" has no tables`) {
		t.Errorf("empty schema: %v", err)
	}
}

// relcheck-schema -dsn on MariaDB must give what MariaDB itself prints in
// SHOW CREATE TABLE, a second view of the catalog than information_schema,
// which the introspection reads; and where a MySQL migration reader
// exists, what it reads from the same migrations. The directories are
// ours and the MySQL layouts' test directories, where there are any.
func TestDSNMySQL(t *testing.T) {
	dirs := []string{filepath.Join("testdata", "dsn-mysql")}
	more, _ := filepath.Glob(filepath.Join("..", "..", "internal", "schema", "migrate", "testdata", "mysql", "*"))
	dirs = append(dirs, more...)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			live, db := mysqlLive(t, dir)
			compare(t, "-dsn vs SHOW CREATE TABLE", withDefaults(live), showCreate(t, db))
			if read, err := migrate.Read("mysql", dir); err == nil {
				compare(t, "-dsn vs mysql reader", withDefaults(live), withDefaults(read))
			} else {
				t.Logf("no MySQL migration reader to compare with: %v", err)
			}
		})
	}
}

// mysqlLive applies dir's migrations to a fresh MariaDB database and
// reads it back with the introspection.
func mysqlLive(t *testing.T, dir string) (*schema.Schema, *sql.DB) {
	t.Helper()
	dsn := dbs.Fresh(t, dbs.MySQL)
	cfg, err := mysql.ParseDSN(dsn)
	if err != nil {
		t.Fatal(err)
	}
	cfg.MultiStatements = true
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, f := range files(t, dir) {
		mustExec(t, db, f.SQL)
	}
	live, err := introspect.Read(context.Background(), dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	return live, db
}

// The facts testdata/dsn-mysql was written for, stated once more in words.
func TestDSNMySQLFacts(t *testing.T) {
	live, _ := mysqlLive(t, filepath.Join("testdata", "dsn-mysql"))
	facts := withDefaults(live)
	for table, want := range map[string]string{
		"accounts": "primary key region,number",
		"members":  "foreign key account_region,account_number -> accounts(region,number) on delete CASCADE on update SET NULL",
		"invites":  "foreign key inviter_id -> members(id) on delete RESTRICT on update RESTRICT",
	} {
		if !contains(facts[table], want) {
			t.Errorf("%s: no %q in\n\t%s", table, want, strings.Join(facts[table], "\n\t"))
		}
	}
	if !contains(facts["accounts"], "column number int unsigned not null") || !contains(facts["members"], "index account_region,account_number") {
		t.Errorf("want the unsigned type and InnoDB's own index for the foreign key:\n%v", facts)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var (
	createColumn = regexp.MustCompile("^`([^`]+)` ([a-z]+)(?:\\([^)]*\\))?( unsigned)?(.*?),?$")
	createKey    = regexp.MustCompile("^(PRIMARY KEY|UNIQUE KEY `[^`]+`|KEY `[^`]+`) \\((.*)\\)(?: USING \\w+)?,?$")
	createFK     = regexp.MustCompile("^CONSTRAINT `[^`]+` FOREIGN KEY \\((.*)\\) REFERENCES `([^`]+)` \\((.*)\\)(?: ON DELETE (RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT))?(?: ON UPDATE (RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT))?,?$")
	keyPart      = regexp.MustCompile("`([^`]+)`(?:\\(\\d+\\))?")
)

// showCreate reads the tables of the connection's database from the DDL
// MariaDB prints for them, as canon's facts.
func showCreate(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range column[string](t, db, "SHOW TABLES") {
		var name, ddl string
		if err := db.QueryRow("SHOW CREATE TABLE `"+table+"`").Scan(&name, &ddl); err != nil {
			t.Fatal(err)
		}
		var facts []string
		for _, line := range strings.Split(ddl, "\n")[1:] {
			line = strings.TrimSpace(line)
			parts := func(s string) []string {
				var cols []string
				for _, m := range keyPart.FindAllStringSubmatch(s, -1) {
					cols = append(cols, m[1])
				}
				return cols
			}
			switch {
			case strings.HasPrefix(line, ")"):
			case createKey.MatchString(line):
				m := createKey.FindStringSubmatch(line)
				switch {
				case m[1] == "PRIMARY KEY":
					facts = append(facts, "primary key "+strings.Join(parts(m[2]), ","))
				default:
					facts = append(facts, indexFact(strings.HasPrefix(m[1], "UNIQUE"), parts(m[2]), ""))
				}
			case createFK.MatchString(line):
				m := createFK.FindStringSubmatch(line)
				// MariaDB prints no clause for its default action, RESTRICT.
				del, upd := m[4], m[5]
				if del == "" {
					del = "RESTRICT"
				}
				if upd == "" {
					upd = "RESTRICT"
				}
				facts = append(facts, fkFact(parts(m[1]), m[2], parts(m[3]), del, upd))
			case createColumn.MatchString(line):
				m := createColumn.FindStringSubmatch(line)
				facts = append(facts, "column "+m[1]+" "+m[2]+m[3]+map[bool]string{true: " not null"}[strings.Contains(m[4], "NOT NULL")])
				if strings.Contains(m[4], "AUTO_INCREMENT") || strings.Contains(m[4], "DEFAULT ") && !strings.Contains(m[4], "DEFAULT NULL") {
					facts = append(facts, "default "+m[1])
				}
			default:
				t.Fatalf("%s: a line this test does not read: %s", table, line)
			}
		}
		sort.Strings(facts)
		out[table] = facts
	}
	return out
}

// What a user gets wrong against a real server ends in one line that
// names the server and the cause, and never the password.
func TestDSNErrorsLive(t *testing.T) {
	for _, kind := range []string{dbs.Postgres, dbs.MySQL} {
		t.Run(kind, func(t *testing.T) {
			dsn := dbs.Fresh(t, kind)
			wrong := strings.Replace(dsn, "/rc_", "/rc_missing_", 1)
			if kind == dbs.MySQL {
				cfg, err := mysql.ParseDSN(dsn)
				if err != nil {
					t.Fatal(err)
				}
				cfg.Passwd = "wrong-secret"
				wrong = cfg.FormatDSN()
			}
			for _, c := range []struct{ dsn, want string }{
				{dsn, "has no tables"},
				{wrong, map[string]string{dbs.Postgres: "does not exist", dbs.MySQL: "Access denied"}[kind]},
			} {
				_, err := introspect.Read(context.Background(), c.dsn, "")
				if err == nil {
					t.Fatalf("%s: no error", c.want)
				}
				msg := err.Error()
				if !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") || strings.Contains(msg, "wrong-secret") {
					t.Errorf("%q: want one line with %q and no password", msg, c.want)
				}
			}
		})
	}
}

// Partitions are their parent's storage, not tables of their own; a key
// to a partitioned table is one foreign key, though PostgreSQL keeps a
// constraint per partition. The search_path in the DSN picks the schema.
func TestDSNPostgresPartitions(t *testing.T) {
	dsn := dbs.Fresh(t, dbs.Postgres)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustExec(t, db, `CREATE SCHEMA app;
		CREATE TABLE app.events (id int, day date, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
		CREATE TABLE app.events_2026 PARTITION OF app.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
		CREATE TABLE app.events_2027 PARTITION OF app.events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
		CREATE TABLE app.notes (id int PRIMARY KEY, event_id int, event_day date,
			FOREIGN KEY (event_id, event_day) REFERENCES app.events ON DELETE CASCADE)`)
	s, err := introspect.Read(context.Background(), dsn+"&search_path=app", "")
	if err != nil {
		t.Fatal(err)
	}
	got := canon(s, false)
	want := map[string][]string{
		"events": {"column day not null", "column id not null", "primary key id,day"},
		"notes": {"column event_day", "column event_id", "column id not null",
			"foreign key event_id,event_day -> events(id,day) on delete CASCADE on update NO ACTION", "primary key id"},
	}
	compare(t, "-dsn vs the partitioned schema", got, want)
}
