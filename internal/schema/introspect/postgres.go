package introspect

import (
	"encoding/json"
	"strings"

	"github.com/relcheck/relcheck/internal/schema"
)

// pgFrom is the FROM and WHERE of a catalog query about the tables c of
// the schema named $1, with more joins and conditions. Tables are ordinary
// and partitioned ones, not partitions, whose keys are their parent's.
func pgFrom(joins, cond string) string {
	return `
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace ` + joins + `
		WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition ` + cond
}

// pgNames is a JSON list of the attributes of relation rel numbered in
// array arr, in the array's order (so composite keys keep theirs).
func pgNames(arr, rel string) string {
	return `COALESCE((SELECT json_agg(a.attname ORDER BY u.o) FROM unnest(` + arr + `) WITH ORDINALITY u(n, o)
		JOIN pg_attribute a ON a.attrelid = ` + rel + ` AND a.attnum = u.n), '[]')::text`
}

// pgActions are pg_constraint's one-letter referential actions.
var pgActions = map[string]string{"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

func (r *reader) postgres(s *schema.Schema, ns string) error {
	var name string
	r.each(`SELECT c.relname`+pgFrom("", "")+` ORDER BY c.relname`, ns, []any{&name}, func() {
		s.Tables = append(s.Tables, &schema.Table{Name: name})
	})
	byName := tables(s)

	// Columns, in the table's order. The type is pg_type's name, as the
	// migration reader writes it ("int4", "varchar", "_text"); the default
	// is the expression as PostgreSQL prints it.
	var col, typ, def, identity, generated string
	var notNull bool
	r.each(`SELECT c.relname, a.attname, t.typname, a.attnotnull,
			COALESCE(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text, a.attgenerated::text`+
		pgFrom(`JOIN pg_attribute a ON a.attrelid = c.oid
			JOIN pg_type t ON t.oid = a.atttypid
			LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum`,
			`AND a.attnum > 0 AND NOT a.attisdropped`)+`
		ORDER BY c.relname, a.attnum`, ns,
		[]any{&name, &col, &typ, &notNull, &def, &identity, &generated}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			c := &schema.Column{Name: col, Type: typ, NotNull: notNull, Default: def}
			switch {
			case identity != "":
				c.Default = "identity"
			case generated != "":
				c.Default = "" // a computed value, not a default
			}
			t.Columns = append(t.Columns, c)
		})

	// Indexes: the primary key, unique constraints (which are unique
	// indexes), unique and plain indexes. Only key columns count, not
	// INCLUDE ones; an index left invalid by a failed concurrent build
	// serves no lookup and is left out.
	var ixName, cols, pred string
	var primary, unique, expr bool
	r.each(`SELECT c.relname, i.relname, x.indisprimary, x.indisunique, x.indexprs IS NOT NULL,
			COALESCE(pg_get_expr(x.indpred, x.indrelid), ''),
			`+pgNames("x.indkey[0:x.indnkeyatts-1]", "x.indrelid")+`
		`+pgFrom(`JOIN pg_index x ON x.indrelid = c.oid JOIN pg_class i ON i.oid = x.indexrelid`,
		`AND x.indisvalid`)+`
		ORDER BY c.relname, i.relname`, ns,
		[]any{&name, &ixName, &primary, &unique, &expr, &pred, &cols}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			var names []string
			if err := json.Unmarshal([]byte(cols), &names); err != nil {
				r.err = err
				return
			}
			if primary {
				t.PrimaryKey = names
				return
			}
			t.Indexes = append(t.Indexes, &schema.Index{Name: ixName, Columns: names, Unique: unique, Expr: expr, Where: unwrap(pred)})
		})

	// Foreign keys. A key to a partitioned table also appears once per
	// partition, as constraints with a parent; those are left out.
	var fkName, refNS, refTable, del, upd, refCols string
	r.each(`SELECT c.relname, k.conname, rn.nspname, rc.relname, k.confdeltype::text, k.confupdtype::text,
			`+pgNames("k.conkey", "k.conrelid")+`, `+pgNames("k.confkey", "k.confrelid")+`
		`+pgFrom(`JOIN pg_constraint k ON k.conrelid = c.oid
			JOIN pg_class rc ON rc.oid = k.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace`,
		`AND k.contype = 'f' AND k.conparentid = 0`)+`
		ORDER BY c.relname, k.conname`, ns,
		[]any{&name, &fkName, &refNS, &refTable, &del, &upd, &cols, &refCols}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			fk := &schema.ForeignKey{Name: fkName, RefTable: refTable, OnDelete: pgActions[del], OnUpdate: pgActions[upd]}
			if refNS != ns {
				fk.RefTable = refNS + "." + refTable
			}
			if err := json.Unmarshal([]byte(cols), &fk.Columns); err != nil {
				r.err = err
				return
			}
			if err := json.Unmarshal([]byte(refCols), &fk.RefColumns); err != nil {
				r.err = err
				return
			}
			t.ForeignKeys = append(t.ForeignKeys, fk)
		})
	return r.err
}

// unwrap drops the parentheses pg_get_expr puts around a whole predicate:
// "(archived_at IS NULL)" is written archived_at IS NULL.
func unwrap(pred string) string {
	if !strings.HasPrefix(pred, "(") || !strings.HasSuffix(pred, ")") {
		return pred
	}
	depth, quoted := 0, false
	for i, r := range pred {
		switch {
		case r == '\'':
			quoted = !quoted
		case quoted:
		case r == '(':
			depth++
		case r == ')':
			depth--
			if depth == 0 && i != len(pred)-1 {
				return pred // "(a) AND (b)": the first pair closes early
			}
		}
	}
	return pred[1 : len(pred)-1]
}
