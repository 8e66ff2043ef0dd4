// Package schema is relcheck's ORM-neutral description of a database
// schema: what migrations (or a live database) really create. Rules read it
// to speak for the database instead of the tags. It is plain data that
// encodes to JSON, the form the generated file carries into the analyzer.
package schema

import (
	"encoding/json"
	"sort"
	"strings"
)

// Schema is a database's tables after every migration ran.
type Schema struct {
	Dialect string   `json:"dialect"` // "postgres", "sqlite", "mysql"; "" when any
	Tables  []*Table `json:"tables"`
	// Generator is the code generator that wrote the schema from the
	// models themselves ("entc"), "" for migrations. A generated schema
	// that disagrees with the models is stale, not a second source.
	Generator string `json:"generator,omitempty"`
	// Skipped lists statements the reader could not follow; what they
	// do to the schema is unknown.
	Skipped []Skip `json:"skipped,omitempty"`
}

// Table is one table.
type Table struct {
	Name        string        `json:"name"`
	Columns     []*Column     `json:"columns"`
	PrimaryKey  []string      `json:"primaryKey,omitempty"`
	Indexes     []*Index      `json:"indexes,omitempty"` // unique constraints, unique and plain indexes
	ForeignKeys []*ForeignKey `json:"foreignKeys,omitempty"`
}

// Column is one column.
type Column struct {
	Name    string `json:"name"`
	Type    string `json:"type"` // as the database names it: "int4", "varchar", "INTEGER"
	NotNull bool   `json:"notNull,omitempty"`
	Default string `json:"default,omitempty"`
}

// Index is a unique constraint or an index over plain columns. Indexes
// over expressions are kept with Expr set, since they make no column
// unique.
type Index struct {
	Name    string   `json:"name,omitempty"`
	Columns []string `json:"columns"`
	Unique  bool     `json:"unique,omitempty"`
	// Where is a partial index's predicate: it holds only for rows
	// matching it.
	Where string `json:"where,omitempty"`
	Expr  bool   `json:"expr,omitempty"`
}

// ForeignKey is a FOREIGN KEY constraint. Actions are upper case:
// "NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT".
type ForeignKey struct {
	Name       string   `json:"name,omitempty"`
	Columns    []string `json:"columns"`
	RefTable   string   `json:"refTable"`
	RefColumns []string `json:"refColumns,omitempty"` // empty: the referenced primary key
	OnDelete   string   `json:"onDelete"`
	OnUpdate   string   `json:"onUpdate"`
}

// Skip is a statement the reader did not follow.
type Skip struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// Encode returns the schema as compact JSON, tables sorted by name.
func (s *Schema) Encode() ([]byte, error) {
	sort.Slice(s.Tables, func(i, j int) bool { return s.Tables[i].Name < s.Tables[j].Name })
	return json.Marshal(s)
}

// Decode reads what Encode wrote.
func Decode(data []byte) (*Schema, error) {
	var s Schema
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, err
	}
	s.clean()
	return &s, nil
}

// clean drops the nulls a hand-edited file may hold, so no reader of the
// schema meets a nil table, column, index or foreign key.
func (s *Schema) clean() {
	var ts []*Table
	for _, t := range s.Tables {
		if t == nil {
			continue
		}
		var cs []*Column
		for _, c := range t.Columns {
			if c != nil {
				cs = append(cs, c)
			}
		}
		var ixs []*Index
		for _, ix := range t.Indexes {
			if ix != nil {
				ixs = append(ixs, ix)
			}
		}
		var fks []*ForeignKey
		for _, fk := range t.ForeignKeys {
			if fk != nil {
				fks = append(fks, fk)
			}
		}
		t.Columns, t.Indexes, t.ForeignKeys = cs, ixs, fks
		ts = append(ts, t)
	}
	s.Tables = ts
}

// Table returns the named table, or nil. A model's table name may carry
// PostgreSQL's default schema or not, so "public.users" and "users" match.
func (s *Schema) Table(name string) *Table {
	if s == nil {
		return nil
	}
	name = bare(name)
	for _, t := range s.Tables {
		if bare(t.Name) == name {
			return t
		}
	}
	return nil
}

// SameTable reports whether two table names, as models or migrations
// write them, name the same table.
func SameTable(a, b string) bool { return bare(a) == bare(b) }

func bare(name string) string {
	name = strings.ToLower(strings.Trim(name, `"`+"`"))
	return strings.TrimPrefix(name, "public.")
}

// Column returns the named column, or nil.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if strings.EqualFold(c.Name, name) {
			return c
		}
	}
	return nil
}

// UniqueOn returns the strongest uniqueness the table has over exactly
// cols (in any order): the primary key or a full unique index first, then
// a partial one. Nil when there is none.
func (t *Table) UniqueOn(cols []string) *Index {
	if sameSet(t.PrimaryKey, cols) {
		return &Index{Name: "primary key", Columns: t.PrimaryKey, Unique: true}
	}
	var partial *Index
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Expr || !sameSet(ix.Columns, cols) {
			continue
		}
		if ix.Where == "" {
			return ix
		}
		if partial == nil {
			partial = ix
		}
	}
	return partial
}

// IndexedBy reports whether some index (the primary key included) starts
// with cols, so lookups by them need no scan.
func (t *Table) IndexedBy(cols []string) bool {
	lead := func(have []string) bool {
		if len(have) < len(cols) || len(cols) == 0 {
			return false
		}
		return sameSet(have[:len(cols)], cols)
	}
	if lead(t.PrimaryKey) {
		return true
	}
	for _, ix := range t.Indexes {
		if !ix.Expr && ix.Where == "" && lead(ix.Columns) {
			return true
		}
	}
	return false
}

// ForeignKeyOn returns the foreign key over exactly cols, or nil.
func (t *Table) ForeignKeyOn(cols []string) *ForeignKey {
	for _, fk := range t.ForeignKeys {
		if sameSet(fk.Columns, cols) {
			return fk
		}
	}
	return nil
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[strings.ToLower(x)]++
	}
	for _, x := range b {
		x = strings.ToLower(x)
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}

// Action normalises a referential action as written ("cascade",
// "SET  NULL", "") to the database's words; "" becomes "NO ACTION".
func Action(s string) string {
	s = strings.Join(strings.Fields(strings.ToUpper(s)), " ")
	if s == "" {
		return "NO ACTION"
	}
	return s
}

// TypeFamily groups a column type by what the database can compare it
// with: "integer", "numeric", "text", "uuid", "bool", "bytea", or "" when
// relcheck does not know (other types, and SQLite, whose comparisons
// convert between integers and text by column affinity).
func TypeFamily(dialect, typ string) string {
	if dialect != "postgres" {
		return ""
	}
	switch strings.ToLower(strings.TrimPrefix(typ, "pg_catalog.")) {
	case "int2", "int4", "int8", "smallint", "integer", "int", "bigint":
		return "integer"
	case "numeric", "decimal", "float4", "float8", "real", "double precision":
		return "numeric"
	case "text", "varchar", "bpchar", "char", "character varying", "character":
		return "text"
	case "uuid":
		return "uuid"
	case "bool", "boolean":
		return "bool"
	case "bytea":
		return "bytea"
	}
	return ""
}

// Comparable reports whether PostgreSQL compares values of the two
// families without a cast (integers with numerics do; text with integers
// or uuid does not: "operator does not exist").
func Comparable(a, b string) bool {
	num := func(f string) bool { return f == "integer" || f == "numeric" }
	return a == b || num(a) && num(b)
}

// SQLName is a PostgreSQL type as its error messages print it ("int8" is
// "bigint").
func SQLName(typ string) string {
	t := strings.TrimPrefix(typ, "pg_catalog.")
	if n, ok := sqlNames[t]; ok {
		return n
	}
	return t
}

var sqlNames = map[string]string{"int2": "smallint", "int4": "integer", "int8": "bigint", "varchar": "character varying",
	"bpchar": "character", "float4": "real", "float8": "double precision", "bool": "boolean"}
