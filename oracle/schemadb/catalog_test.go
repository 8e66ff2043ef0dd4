package schemadb

import (
	"database/sql"
	"sort"
	"strings"
	"testing"
)

// sqliteCatalog reads what SQLite built, through its own PRAGMAs.
func sqliteCatalog(t *testing.T, db *sql.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range column[string](t, db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`) {
		var facts []string
		pk := map[int]string{}
		rows := query(t, db, `SELECT name, type, "notnull", pk FROM pragma_table_info(?)`, table)
		for rows.Next() {
			var name, typ string
			var notNull bool
			var pos int
			scan(t, rows, &name, &typ, &notNull, &pos)
			if pos > 0 {
				pk[pos] = name
			}
			// An INTEGER PRIMARY KEY is the rowid and never NULL
			// (TestRowidNeverNull), though the PRAGMA says nullable.
			if pos == 1 && strings.EqualFold(typ, "INTEGER") {
				notNull = true
			}
			f := "column " + name
			if notNull {
				f += " not null"
			}
			facts = append(facts, f)
		}
		rows.Close()
		if len(pk) > 0 {
			var cols []string
			for i := 1; i <= len(pk); i++ {
				cols = append(cols, pk[i])
			}
			facts = append(facts, "primary key "+strings.Join(cols, ","))
		}
		type ix struct {
			name            string
			unique, partial bool
			origin          string
		}
		var ixs []ix
		rows = query(t, db, `SELECT name, "unique", origin, partial FROM pragma_index_list(?)`, table)
		for rows.Next() {
			var x ix
			scan(t, rows, &x.name, &x.unique, &x.origin, &x.partial)
			ixs = append(ixs, x)
		}
		rows.Close()
		for _, x := range ixs {
			if x.origin == "pk" {
				continue
			}
			cols := column[string](t, db, `SELECT name FROM pragma_index_info(?) ORDER BY seqno`, x.name)
			where := ""
			if x.partial {
				def := column[string](t, db, `SELECT sql FROM sqlite_master WHERE name = ?`, x.name)[0]
				where = strings.TrimSpace(def[strings.LastIndex(strings.ToUpper(def), " WHERE ")+len(" WHERE "):])
			}
			facts = append(facts, indexFact(x.unique, cols, where))
		}
		rows = query(t, db, `SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`, table)
		type fk struct {
			ref, del, upd string
			cols, to      []string
		}
		byID := map[int]*fk{}
		var ids []int
		for rows.Next() {
			var id int
			var ref, from, upd, del string
			var to sql.NullString
			scan(t, rows, &id, &ref, &from, &to, &upd, &del)
			if byID[id] == nil {
				byID[id] = &fk{ref: ref, del: del, upd: upd}
				ids = append(ids, id)
			}
			byID[id].cols = append(byID[id].cols, from)
			if to.Valid {
				byID[id].to = append(byID[id].to, to.String)
			}
		}
		rows.Close()
		for _, id := range ids {
			f := byID[id]
			facts = append(facts, fkFact(f.cols, f.ref, f.to, f.del, f.upd))
		}
		sort.Strings(facts)
		out[table] = facts
	}
	return out
}

var pgActions = map[string]string{"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

// postgresCatalog reads what PostgreSQL built in schema ns, from pg_catalog.
func postgresCatalog(t *testing.T, db *sql.DB, ns string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range column[string](t, db, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relkind = 'r'`, ns) {
		rel := ns + "." + table
		var facts []string
		rows := query(t, db, `SELECT a.attname, ty.typname, a.attnotnull FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
			WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, rel)
		for rows.Next() {
			var name, typ string
			var notNull bool
			scan(t, rows, &name, &typ, &notNull)
			f := "column " + name + " " + typ
			if notNull {
				f += " not null"
			}
			facts = append(facts, f)
		}
		rows.Close()
		rows = query(t, db, `SELECT i.indisprimary, i.indisunique, i.indexprs IS NOT NULL,
				COALESCE(pg_get_expr(i.indpred, i.indrelid), ''),
				ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, o)
					JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n ORDER BY k.o)::text
			FROM pg_index i WHERE i.indrelid = $1::regclass`, rel)
		for rows.Next() {
			var primary, unique, expr bool
			var pred, cols string
			scan(t, rows, &primary, &unique, &expr, &pred, &cols)
			names := strings.Split(strings.Trim(cols, "{}"), ",")
			switch {
			case primary:
				facts = append(facts, "primary key "+strings.Join(names, ","))
			case expr:
				facts = append(facts, "expression index")
			default:
				if strings.HasPrefix(pred, "(") && strings.HasSuffix(pred, ")") {
					pred = pred[1 : len(pred)-1]
				}
				facts = append(facts, indexFact(unique, names, pred))
			}
		}
		rows.Close()
		rows = query(t, db, `SELECT c.confrelid::regclass::text, c.confdeltype, c.confupdtype,
				ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
					JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text,
				ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
					JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text
			FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = 'f'`, rel)
		for rows.Next() {
			var ref, del, upd, cols, refCols string
			scan(t, rows, &ref, &del, &upd, &cols, &refCols)
			ref = strings.TrimPrefix(ref, ns+".")
			facts = append(facts, fkFact(strings.Split(strings.Trim(cols, "{}"), ","), ref,
				strings.Split(strings.Trim(refCols, "{}"), ","), pgActions[del], pgActions[upd]))
		}
		rows.Close()
		sort.Strings(facts)
		out[table] = facts
	}
	return out
}

func query(t *testing.T, db *sql.DB, q string, args ...any) *sql.Rows {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%v\n%s", err, q)
	}
	return rows
}

func scan(t *testing.T, rows *sql.Rows, dest ...any) {
	t.Helper()
	if err := rows.Scan(dest...); err != nil {
		t.Fatal(err)
	}
}

func column[T any](t *testing.T, db *sql.DB, q string, args ...any) []T {
	t.Helper()
	rows := query(t, db, q, args...)
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		scan(t, rows, &v)
		out = append(out, v)
	}
	return out
}
