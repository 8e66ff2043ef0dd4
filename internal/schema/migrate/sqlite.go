package migrate

import (
	"database/sql"
	"fmt"
	"strings"

	_ "modernc.org/sqlite" // pure Go: the SQLite the migrations will meet

	"github.com/relcheck/relcheck/internal/schema"
)

// SQLite replays the files into an in-memory SQLite database and reads the
// resulting schema back through its PRAGMAs, so what it reports is what
// SQLite built. A file SQLite refuses is skipped whole (its statements run
// one transaction), and the replay goes on.
func SQLite(files []File) (*schema.Schema, error) {
	db, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(0)")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	s := &schema.Schema{Dialect: "sqlite"}
	for _, f := range files {
		if strings.TrimSpace(f.SQL) == "" {
			continue
		}
		if _, err := db.Exec("BEGIN; " + f.SQL + "\n; COMMIT;"); err != nil {
			db.Exec("ROLLBACK")
			s.Skipped = append(s.Skipped, schema.Skip{File: f.Path, Line: 1, Reason: "SQLite refused this file: " + err.Error()})
		}
	}
	return s, readSQLite(db, s)
}

// ReadSQLite reads the schema of an open SQLite database.
func ReadSQLite(db *sql.DB) (*schema.Schema, error) {
	s := &schema.Schema{Dialect: "sqlite"}
	return s, readSQLite(db, s)
}

func readSQLite(db *sql.DB, s *schema.Schema) error {
	tables, err := strings1(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return err
	}
	for _, name := range tables {
		t := &schema.Table{Name: name}
		if err := sqliteTable(db, t); err != nil {
			return fmt.Errorf("table %s: %v", name, err)
		}
		s.Tables = append(s.Tables, t)
	}
	return nil
}

func strings1(db *sql.DB, q string, args ...any) ([]string, error) {
	rows, err := db.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func sqliteTable(db *sql.DB, t *schema.Table) error {
	rows, err := db.Query(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`, t.Name)
	if err != nil {
		return err
	}
	pk := map[int]string{}
	for rows.Next() {
		var c schema.Column
		var def sql.NullString
		var pos int
		if err := rows.Scan(&c.Name, &c.Type, &c.NotNull, &def, &pos); err != nil {
			rows.Close()
			return err
		}
		c.Default = def.String
		if pos > 0 {
			pk[pos] = c.Name
		}
		// An INTEGER PRIMARY KEY aliases the rowid and is never NULL,
		// though the PRAGMA says nullable; other SQLite keys can be.
		if pos == 1 && strings.EqualFold(c.Type, "INTEGER") {
			c.NotNull = true
		}
		t.Columns = append(t.Columns, &c)
	}
	rows.Close()
	for i := 1; i <= len(pk); i++ {
		t.PrimaryKey = append(t.PrimaryKey, pk[i])
	}
	type ixRow struct {
		name            string
		unique, partial bool
		origin          string
	}
	var ixs []ixRow
	rows, err = db.Query(`SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC`, t.Name)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r ixRow
		if err := rows.Scan(&r.name, &r.unique, &r.origin, &r.partial); err != nil {
			rows.Close()
			return err
		}
		ixs = append(ixs, r)
	}
	rows.Close()
	for _, r := range ixs {
		if r.origin == "pk" {
			continue // the primary key, already read
		}
		ix := &schema.Index{Name: r.name, Unique: r.unique}
		crows, err := db.Query(`SELECT cid, name FROM pragma_index_info(?) ORDER BY seqno`, r.name)
		if err != nil {
			return err
		}
		for crows.Next() {
			var cid int
			var name sql.NullString
			if err := crows.Scan(&cid, &name); err != nil {
				crows.Close()
				return err
			}
			if cid < 0 || !name.Valid {
				ix.Expr = true
				continue
			}
			ix.Columns = append(ix.Columns, name.String)
		}
		crows.Close()
		if r.partial {
			ix.Where = "a predicate"
			if sqls, _ := strings1(db, `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`, r.name); len(sqls) == 1 {
				if m := where.FindStringSubmatch(sqls[0]); m != nil {
					ix.Where = strings.TrimSpace(m[1])
				}
			}
		}
		t.Indexes = append(t.Indexes, ix)
	}
	rows, err = db.Query(`SELECT id, seq, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`, t.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	byID := map[int]*schema.ForeignKey{}
	for rows.Next() {
		var id, seq int
		var ref, from, upd, del string
		var to sql.NullString
		if err := rows.Scan(&id, &seq, &ref, &from, &to, &upd, &del); err != nil {
			return err
		}
		fk := byID[id]
		if fk == nil {
			fk = &schema.ForeignKey{RefTable: ref, OnDelete: schema.Action(del), OnUpdate: schema.Action(upd)}
			byID[id] = fk
			t.ForeignKeys = append(t.ForeignKeys, fk)
		}
		fk.Columns = append(fk.Columns, from)
		if to.Valid {
			fk.RefColumns = append(fk.RefColumns, to.String)
		}
	}
	return rows.Err()
}
