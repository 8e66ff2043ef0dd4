package introspect

import (
	"database/sql"
	"strings"

	"github.com/relcheck/relcheck/internal/schema"
)

// mysql reads information_schema, which MySQL and MariaDB both keep; the
// queries take the database's name.
func (r *reader) mysql(s *schema.Schema, db string) error {
	var name string
	r.each(`SELECT TABLE_NAME FROM information_schema.TABLES
		WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`, db, []any{&name}, func() {
		s.Tables = append(s.Tables, &schema.Table{Name: name})
	})
	byName := tables(s)

	// The type is DATA_TYPE ("int", "varchar"), without length or
	// display width as PostgreSQL's type names are, but with "unsigned",
	// which a foreign key's two sides must agree on.
	var col, typ, colType, nullable, extra string
	var def sql.NullString
	r.each(`SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
		FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`, db,
		[]any{&name, &col, &typ, &colType, &nullable, &def, &extra}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			c := &schema.Column{Name: col, Type: strings.ToLower(typ), NotNull: nullable == "NO"}
			if strings.Contains(strings.ToLower(colType), "unsigned") {
				c.Type += " unsigned"
			}
			// MariaDB writes a NULL default as the word NULL (and a
			// string literal quoted); MySQL as SQL NULL.
			if def.Valid && def.String != "NULL" {
				c.Default = def.String
			}
			if strings.Contains(strings.ToLower(extra), "auto_increment") {
				c.Default = "auto_increment"
			}
			t.Columns = append(t.Columns, c)
		})

	// Indexes, one row per key part. InnoDB's own index for a foreign
	// key shows here like any other, as it serves lookups like any other.
	// A key part without a column is an expression (MySQL 8's functional
	// indexes).
	var ix, last string
	var nonUnique bool
	var part sql.NullString
	var cur *schema.Index
	r.each(`SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS
		WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`, db,
		[]any{&name, &ix, &nonUnique, &part}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			if ix == "PRIMARY" {
				t.PrimaryKey = append(t.PrimaryKey, part.String)
				return
			}
			if key := name + "\x00" + ix; key != last {
				last = key
				cur = &schema.Index{Name: ix, Unique: !nonUnique}
				t.Indexes = append(t.Indexes, cur)
			}
			if !part.Valid {
				cur.Expr = true
				return
			}
			cur.Columns = append(cur.Columns, part.String)
		})

	// Foreign keys, one row per column pair, in the key's order.
	var fkName, refDB, refTable, refCol, upd, del string
	last = ""
	var fk *schema.ForeignKey
	r.each(`SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME,
			k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE
		FROM information_schema.KEY_COLUMN_USAGE k
		JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
			AND rc.TABLE_NAME = k.TABLE_NAME AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
		WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
		ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`, db,
		[]any{&name, &fkName, &col, &refDB, &refTable, &refCol, &upd, &del}, func() {
			t := byName[name]
			if t == nil {
				return
			}
			if key := name + "\x00" + fkName; key != last {
				last = key
				fk = &schema.ForeignKey{Name: fkName, RefTable: refTable, OnDelete: schema.Action(del), OnUpdate: schema.Action(upd)}
				if refDB != db {
					fk.RefTable = refDB + "." + refTable
				}
				t.ForeignKeys = append(t.ForeignKeys, fk)
			}
			fk.Columns = append(fk.Columns, col)
			fk.RefColumns = append(fk.RefColumns, refCol)
		})
	return r.err
}
