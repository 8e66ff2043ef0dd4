package schemadb

import (
	"database/sql"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-sql-driver/mysql"

	"github.com/relcheck/relcheck/internal/schema"
	"github.com/relcheck/relcheck/internal/schema/migrate"
	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// The MySQL layouts' directories and a MariaDB-only one are applied to
// MariaDB; relcheck's reading must match its catalog table by table,
// index and foreign-key names included (later migrations drop by name).
func TestMySQLCatalog(t *testing.T) {
	dirs := map[string]string{
		"mysql":       filepath.Join("testdata", "mysql"),
		"schemamysql": filepath.Join("..", "..", "analyzer", "testdata", "src", "schemamysql", "migrations"),
	}
	for _, l := range layouts {
		dirs[l] = filepath.Join("..", "..", "internal", "schema", "migrate", "testdata", "mysql", l)
	}
	for name, dir := range dirs {
		t.Run(name, func(t *testing.T) {
			cfg, err := mysql.ParseDSN(dbs.Fresh(t, dbs.MySQL))
			if err != nil {
				t.Fatal(err)
			}
			cfg.MultiStatements = true
			db, err := sql.Open("mysql", cfg.FormatDSN())
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			for _, f := range files(t, dir) {
				mustExec(t, db, f.SQL)
			}
			want := mysqlCatalog(t, db)
			s, err := migrate.Read("mysql", dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, sk := range s.Skipped {
				// The goose directory holds a procedure that changes
				// no table.
				if !strings.HasSuffix(sk.File, ".go") && !strings.HasPrefix(sk.Reason, "procedural") {
					t.Errorf("skipped %+v", sk)
				}
			}
			compare(t, "mysql reader vs MariaDB", canonNamed(s), want)
		})
	}
}

// canonNamed is canon with types, plus the names of indexes and keys.
func canonNamed(s *schema.Schema) map[string][]string {
	out := canon(s, true)
	for _, t := range s.Tables {
		for _, ix := range t.Indexes {
			out[t.Name] = append(out[t.Name], "name "+ix.Name+": "+strings.Join(ix.Columns, ","))
		}
		for _, fk := range t.ForeignKeys {
			out[t.Name] = append(out[t.Name], "name "+fk.Name+": "+strings.Join(fk.Columns, ","))
		}
		sort.Strings(out[t.Name])
	}
	return out
}

// mysqlCatalog reads what MariaDB built in the connection's database,
// from information_schema (STATISTICS is what SHOW INDEX reads).
func mysqlCatalog(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range column[string](t, db, `SELECT table_name FROM information_schema.tables
		WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'`) {
		var facts []string
		rows := query(t, db, `SELECT column_name, data_type, column_type LIKE '%unsigned%', is_nullable = 'NO'
			FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position`, table)
		for rows.Next() {
			var name, typ string
			var unsigned, notNull bool
			scan(t, rows, &name, &typ, &unsigned, &notNull)
			f := "column " + name + " " + typ
			if unsigned {
				f += " unsigned"
			}
			if notNull {
				f += " not null"
			}
			facts = append(facts, f)
		}
		rows.Close()
		type index struct {
			unique bool
			cols   []string
		}
		byName := map[string]*index{}
		var names []string
		rows = query(t, db, `SELECT index_name, non_unique = 0, column_name FROM information_schema.statistics
			WHERE table_schema = DATABASE() AND table_name = ? AND index_type NOT IN ('FULLTEXT', 'SPATIAL')
			ORDER BY index_name, seq_in_index`, table)
		for rows.Next() {
			var name, col string
			var unique bool
			scan(t, rows, &name, &unique, &col)
			if byName[name] == nil {
				byName[name] = &index{unique: unique}
				names = append(names, name)
			}
			byName[name].cols = append(byName[name].cols, col)
		}
		rows.Close()
		for _, n := range names {
			ix := byName[n]
			if n == "PRIMARY" {
				facts = append(facts, "primary key "+strings.Join(ix.cols, ","))
				continue
			}
			facts = append(facts, indexFact(ix.unique, ix.cols, ""), "name "+n+": "+strings.Join(ix.cols, ","))
		}
		type fk struct {
			ref, del, upd string
			cols, to      []string
		}
		fks := map[string]*fk{}
		var fkNames []string
		rows = query(t, db, `SELECT k.constraint_name, k.referenced_table_name, r.delete_rule, r.update_rule,
				k.column_name, k.referenced_column_name
			FROM information_schema.key_column_usage k
			JOIN information_schema.referential_constraints r
				ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name
			WHERE k.table_schema = DATABASE() AND k.table_name = ? AND k.referenced_table_name IS NOT NULL
			ORDER BY k.constraint_name, k.ordinal_position`, table)
		for rows.Next() {
			var name, ref, del, upd, col, to string
			scan(t, rows, &name, &ref, &del, &upd, &col, &to)
			if fks[name] == nil {
				fks[name] = &fk{ref: ref, del: del, upd: upd}
				fkNames = append(fkNames, name)
			}
			fks[name].cols = append(fks[name].cols, col)
			fks[name].to = append(fks[name].to, to)
		}
		rows.Close()
		for _, n := range fkNames {
			f := fks[n]
			facts = append(facts, fkFact(f.cols, f.ref, f.to, f.del, f.upd), "name "+n+": "+strings.Join(f.cols, ","))
		}
		sort.Strings(facts)
		out[table] = facts
	}
	return out
}

// MariaDB accepts a foreign key to a column that is indexed but not
// unique, and a parent's delete then acts on children that another parent
// with the same value still matches; without an index it refuses the key.
// references-not-unique says so for a mysql schema.
func TestMariaDBNonUniqueReference(t *testing.T) {
	db, err := sql.Open("mysql", dbs.Fresh(t, dbs.MySQL))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mustExec(t, db, "CREATE TABLE par (id INT PRIMARY KEY, code INT, KEY (code))")
	mustExec(t, db, "CREATE TABLE ch (id INT PRIMARY KEY, pcode INT, FOREIGN KEY (pcode) REFERENCES par (code) ON DELETE CASCADE)")
	mustExec(t, db, "INSERT INTO par VALUES (1, 7), (2, 7)")
	mustExec(t, db, "INSERT INTO ch VALUES (1, 7)")
	mustExec(t, db, "DELETE FROM par WHERE id = 1")
	var left int
	if err := db.QueryRow("SELECT count(*) FROM ch").Scan(&left); err != nil || left != 0 {
		t.Fatalf("%d children left (%v): want the cascade to delete the child though par 2 still has code 7", left, err)
	}
	mustExec(t, db, "CREATE TABLE bare (id INT PRIMARY KEY, code INT)")
	_, err = db.Exec("CREATE TABLE ch2 (id INT PRIMARY KEY, bcode INT, FOREIGN KEY (bcode) REFERENCES bare (code))")
	if err == nil || !strings.Contains(err.Error(), "errno: 150") {
		t.Fatalf("a foreign key to an unindexed column: %v, want errno 150", err)
	}
}

// MariaDB has no deferred constraints: NO ACTION refuses a parent's delete
// at once, inside a transaction too, exactly as RESTRICT does, so
// schema-drift takes the two words as one action on a mysql schema.
func TestMariaDBNoActionIsRestrict(t *testing.T) {
	db, err := sql.Open("mysql", dbs.Fresh(t, dbs.MySQL))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, action := range []string{"NO ACTION", "RESTRICT"} {
		mustExec(t, db, "DROP TABLE IF EXISTS ch, par")
		mustExec(t, db, "CREATE TABLE par (id INT PRIMARY KEY)")
		mustExec(t, db, "CREATE TABLE ch (id INT PRIMARY KEY, par_id INT, FOREIGN KEY (par_id) REFERENCES par (id) ON DELETE "+action+")")
		mustExec(t, db, "INSERT INTO par VALUES (1)")
		mustExec(t, db, "INSERT INTO ch VALUES (1, 1)")
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		_, err = tx.Exec("DELETE FROM par WHERE id = 1")
		tx.Rollback()
		if err == nil || !strings.Contains(err.Error(), "1451") {
			t.Errorf("ON DELETE %s: the parent's delete in a transaction gave %v, want error 1451 at once", action, err)
		}
	}
}
