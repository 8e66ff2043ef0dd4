package migrate

import (
	"fmt"
	"regexp"
	"strings"

	pg "github.com/pganalyze/pg_query_go/v6"
	pgquery "github.com/wasilibs/go-pgquery"

	"github.com/relcheck/relcheck/internal/schema"
)

// Postgres applies the files' DDL, parsed by PostgreSQL's own parser, to
// an empty schema. Statements that change no table (inserts, grants,
// comments) are passed over; ones that may change a table in a way this
// reader does not follow (DO blocks, functions, dynamic SQL) are listed
// once each in Skipped. A file the parser rejects is skipped whole.
func Postgres(files []File) (*schema.Schema, error) {
	a := &pgApply{s: &schema.Schema{Dialect: "postgres"}}
	for _, f := range files {
		tree, err := pgquery.Parse(f.SQL)
		if err != nil {
			a.skip(f, 0, "PostgreSQL cannot parse this file: "+err.Error())
			continue
		}
		for _, raw := range tree.Stmts {
			start, end := int(raw.StmtLocation), len(f.SQL)
			if raw.StmtLen > 0 {
				end = start + int(raw.StmtLen)
			}
			if start < 0 || start > end || end > len(f.SQL) {
				start, end = 0, len(f.SQL)
			}
			a.file, a.off, a.text = f, start, f.SQL[start:end]
			a.stmt(raw.Stmt)
		}
	}
	return a.s, nil
}

type pgApply struct {
	s    *schema.Schema
	file File
	off  int
	text string // the statement being applied
}

func (a *pgApply) skip(f File, off int, why string) {
	a.s.Skipped = append(a.s.Skipped, schema.Skip{File: f.Path, Line: lineOf(f.SQL, off+leadingSpace(f.SQL[off:])), Reason: why})
}

func leadingSpace(s string) int {
	n := 0
	for n < len(s) {
		switch {
		case s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r':
			n++
		case strings.HasPrefix(s[n:], "--"):
			i := strings.IndexByte(s[n:], '\n')
			if i < 0 {
				return len(s)
			}
			n += i + 1
		default:
			return n
		}
	}
	return n
}

func (a *pgApply) stmt(n *pg.Node) {
	switch {
	case n.GetCreateStmt() != nil:
		a.create(n.GetCreateStmt())
	case n.GetAlterTableStmt() != nil:
		a.alter(n.GetAlterTableStmt())
	case n.GetIndexStmt() != nil:
		a.index(n.GetIndexStmt())
	case n.GetDropStmt() != nil:
		a.drop(n.GetDropStmt())
	case n.GetRenameStmt() != nil:
		a.rename(n.GetRenameStmt())
	case n.GetDoStmt() != nil:
		a.skip(a.file, a.off, "a DO block: procedural code is not followed")
	case n.GetCreateFunctionStmt() != nil, n.GetCreateTrigStmt() != nil, n.GetCallStmt() != nil:
		// Functions and triggers change no table definition themselves;
		// a CALL runs code whose DDL is unknown.
		if n.GetCallStmt() != nil {
			a.skip(a.file, a.off, "a CALL: the procedure's effect on tables is not followed")
		}
	case n.GetCreateTableAsStmt() != nil:
		a.skip(a.file, a.off, "CREATE TABLE AS: the columns come from a query and are not followed")
	}
}

func relName(r *pg.RangeVar) string {
	if r == nil {
		return ""
	}
	if r.Schemaname != "" && r.Schemaname != "public" {
		return r.Schemaname + "." + r.Relname
	}
	return r.Relname
}

func (a *pgApply) table(r *pg.RangeVar) *schema.Table {
	t := a.s.Table(relName(r))
	if t == nil {
		a.skip(a.file, a.off, fmt.Sprintf("table %s is not created by an earlier migration", relName(r)))
	}
	return t
}

func (a *pgApply) create(c *pg.CreateStmt) {
	name := relName(c.Relation)
	if old := a.s.Table(name); old != nil {
		if c.IfNotExists {
			return
		}
		a.dropTable(name)
	}
	if len(c.InhRelations) > 0 || c.OfTypename != nil || c.Partbound != nil {
		a.skip(a.file, a.off, "CREATE TABLE with INHERITS, OF or PARTITION OF: inherited columns are not followed")
	}
	t := &schema.Table{Name: name}
	a.s.Tables = append(a.s.Tables, t)
	for _, e := range c.TableElts {
		switch {
		case e.GetColumnDef() != nil:
			a.addColumn(t, e.GetColumnDef())
		case e.GetConstraint() != nil:
			a.constraint(t, e.GetConstraint(), nil)
		}
	}
	for _, e := range c.Constraints {
		if e.GetConstraint() != nil {
			a.constraint(t, e.GetConstraint(), nil)
		}
	}
}

// serials are the pseudo-types that stand for an integer, NOT NULL and a
// sequence default.
var serials = map[string]string{"serial": "int4", "serial4": "int4", "bigserial": "int8", "serial8": "int8", "smallserial": "int2", "serial2": "int2"}

func typeName(tn *pg.TypeName) string {
	if tn == nil || len(tn.Names) == 0 {
		return ""
	}
	name := tn.Names[len(tn.Names)-1].GetString_().GetSval()
	if len(tn.ArrayBounds) > 0 {
		name = "_" + name // the catalog's name for an array type
	}
	return name
}

func (a *pgApply) addColumn(t *schema.Table, d *pg.ColumnDef) {
	col := &schema.Column{Name: d.Colname, Type: typeName(d.TypeName), NotNull: d.IsNotNull}
	if base, ok := serials[col.Type]; ok {
		col.Type, col.NotNull, col.Default = base, true, "nextval"
	}
	if c := t.Column(col.Name); c != nil {
		*c = *col
	} else {
		t.Columns = append(t.Columns, col)
	}
	for _, cn := range d.Constraints {
		if c := cn.GetConstraint(); c != nil {
			a.constraint(t, c, col)
		}
	}
}

var actions = map[string]string{"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT", "": "NO ACTION"}

func names(ns []*pg.Node) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.GetString_().GetSval())
	}
	return out
}

// constraint applies a table constraint, or a column's own when col is set.
func (a *pgApply) constraint(t *schema.Table, c *pg.Constraint, col *schema.Column) {
	keys := names(c.Keys)
	if col != nil {
		keys = []string{col.Name}
	}
	switch c.Contype {
	case pg.ConstrType_CONSTR_NOTNULL:
		if col != nil {
			col.NotNull = true
		}
	case pg.ConstrType_CONSTR_NULL:
		if col != nil {
			col.NotNull = false
		}
	case pg.ConstrType_CONSTR_DEFAULT:
		if col != nil {
			col.Default = "set"
		}
	case pg.ConstrType_CONSTR_IDENTITY:
		if col != nil {
			col.NotNull, col.Default = true, "identity"
		}
	case pg.ConstrType_CONSTR_PRIMARY:
		if c.Indexname != "" {
			a.skip(a.file, a.off, "PRIMARY KEY USING INDEX: the index's columns are not followed")
			return
		}
		t.PrimaryKey = keys
		for _, k := range keys {
			if cc := t.Column(k); cc != nil {
				cc.NotNull = true
			}
		}
	case pg.ConstrType_CONSTR_UNIQUE:
		if c.Indexname != "" {
			// ADD CONSTRAINT ... UNIQUE USING INDEX: the index becomes
			// the constraint.
			for _, ix := range t.Indexes {
				if ix.Name == c.Indexname {
					ix.Name = c.Conname
				}
			}
			return
		}
		name := c.Conname
		if name == "" {
			name = t.Name + "_" + strings.Join(keys, "_") + "_key" // PostgreSQL's own naming
		}
		t.Indexes = append(t.Indexes, &schema.Index{Name: name, Columns: keys, Unique: true})
	case pg.ConstrType_CONSTR_FOREIGN:
		fk := &schema.ForeignKey{
			Name:       c.Conname,
			Columns:    names(c.FkAttrs),
			RefTable:   relName(c.Pktable),
			RefColumns: names(c.PkAttrs),
			OnDelete:   actions[c.FkDelAction],
			OnUpdate:   actions[c.FkUpdAction],
		}
		if col != nil {
			fk.Columns = []string{col.Name}
		}
		if fk.Name == "" {
			fk.Name = t.Name + "_" + strings.Join(fk.Columns, "_") + "_fkey"
		}
		if len(fk.RefColumns) == 0 {
			// REFERENCES t alone means t's primary key.
			if ref := a.s.Table(fk.RefTable); ref != nil {
				fk.RefColumns = append([]string(nil), ref.PrimaryKey...)
			} else if fk.RefTable == t.Name {
				fk.RefColumns = append([]string(nil), t.PrimaryKey...)
			}
		}
		t.ForeignKeys = append(t.ForeignKeys, fk)
	}
}

func (a *pgApply) alter(s *pg.AlterTableStmt) {
	if s.Objtype != pg.ObjectType_OBJECT_TABLE {
		return
	}
	t := a.table(s.Relation)
	if t == nil {
		return
	}
	for _, n := range s.Cmds {
		c := n.GetAlterTableCmd()
		if c == nil {
			continue
		}
		switch c.Subtype {
		case pg.AlterTableType_AT_AddColumn:
			if d := c.Def.GetColumnDef(); d != nil {
				if c.MissingOk && t.Column(d.Colname) != nil {
					continue
				}
				a.addColumn(t, d)
			}
		case pg.AlterTableType_AT_DropColumn:
			dropColumn(t, c.Name)
		case pg.AlterTableType_AT_AddConstraint:
			if k := c.Def.GetConstraint(); k != nil {
				a.constraint(t, k, nil)
			}
		case pg.AlterTableType_AT_DropConstraint:
			dropConstraint(t, c.Name)
		case pg.AlterTableType_AT_SetNotNull, pg.AlterTableType_AT_DropNotNull:
			if col := t.Column(c.Name); col != nil {
				col.NotNull = c.Subtype == pg.AlterTableType_AT_SetNotNull
			}
		case pg.AlterTableType_AT_ColumnDefault:
			if col := t.Column(c.Name); col != nil {
				col.Default = ""
				if c.Def != nil {
					col.Default = "set"
				}
			}
		case pg.AlterTableType_AT_AlterColumnType:
			if col := t.Column(c.Name); col != nil {
				if d := c.Def.GetColumnDef(); d != nil {
					col.Type = typeName(d.TypeName)
				}
			}
		}
	}
}

func dropColumn(t *schema.Table, name string) {
	var cols []*schema.Column
	for _, c := range t.Columns {
		if c.Name != name {
			cols = append(cols, c)
		}
	}
	t.Columns = cols
	// PostgreSQL drops the indexes and constraints that use the column.
	has := func(cs []string) bool {
		for _, c := range cs {
			if c == name {
				return true
			}
		}
		return false
	}
	if has(t.PrimaryKey) {
		t.PrimaryKey = nil
	}
	var ixs []*schema.Index
	for _, ix := range t.Indexes {
		if !has(ix.Columns) {
			ixs = append(ixs, ix)
		}
	}
	t.Indexes = ixs
	var fks []*schema.ForeignKey
	for _, fk := range t.ForeignKeys {
		if !has(fk.Columns) {
			fks = append(fks, fk)
		}
	}
	t.ForeignKeys = fks
}

func dropConstraint(t *schema.Table, name string) {
	var ixs []*schema.Index
	for _, ix := range t.Indexes {
		if ix.Name != name {
			ixs = append(ixs, ix)
		}
	}
	t.Indexes = ixs
	var fks []*schema.ForeignKey
	for _, fk := range t.ForeignKeys {
		if fk.Name != name {
			fks = append(fks, fk)
		}
	}
	t.ForeignKeys = fks
	if name == t.Name+"_pkey" {
		t.PrimaryKey = nil
	}
}

// where finds a partial index's predicate in the statement's own words:
// an index statement has no WHERE before it (an identifier named "where"
// must be quoted).
var where = regexp.MustCompile(`(?is)\bwhere\b(.*)$`)

func (a *pgApply) index(s *pg.IndexStmt) {
	t := a.table(s.Relation)
	if t == nil {
		return
	}
	if s.IfNotExists && s.Idxname != "" {
		for _, ix := range t.Indexes {
			if ix.Name == s.Idxname {
				return
			}
		}
	}
	ix := &schema.Index{Name: s.Idxname, Unique: s.Unique}
	defer func() {
		if ix.Name == "" {
			ix.Name = t.Name + "_" + strings.Join(ix.Columns, "_") + "_idx"
		}
	}()
	for _, p := range s.IndexParams {
		e := p.GetIndexElem()
		if e == nil {
			continue
		}
		if e.Name == "" {
			ix.Expr = true
			continue
		}
		ix.Columns = append(ix.Columns, e.Name)
	}
	if s.WhereClause != nil {
		if m := where.FindStringSubmatch(a.text); m != nil {
			ix.Where = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), ";"))
		} else {
			ix.Where = "a predicate"
		}
	}
	t.Indexes = append(t.Indexes, ix)
}

func (a *pgApply) drop(s *pg.DropStmt) {
	for _, o := range s.Objects {
		parts := names(o.GetList().GetItems())
		if len(parts) == 0 {
			continue
		}
		name := parts[len(parts)-1]
		if len(parts) == 2 && parts[0] != "public" {
			name = parts[0] + "." + name
		}
		switch s.RemoveType {
		case pg.ObjectType_OBJECT_TABLE:
			a.dropTable(name)
		case pg.ObjectType_OBJECT_INDEX:
			for _, t := range a.s.Tables {
				dropIndex(t, name)
			}
		}
	}
}

func dropIndex(t *schema.Table, name string) {
	var ixs []*schema.Index
	for _, ix := range t.Indexes {
		if ix.Name != name {
			ixs = append(ixs, ix)
		}
	}
	t.Indexes = ixs
}

func (a *pgApply) dropTable(name string) {
	var ts []*schema.Table
	for _, t := range a.s.Tables {
		if t.Name != name {
			ts = append(ts, t)
		}
	}
	a.s.Tables = ts
}

func (a *pgApply) rename(s *pg.RenameStmt) {
	switch s.RenameType {
	case pg.ObjectType_OBJECT_TABLE:
		if t := a.table(s.Relation); t != nil {
			old := t.Name
			t.Name = s.Newname
			for _, o := range a.s.Tables {
				for _, fk := range o.ForeignKeys {
					if fk.RefTable == old {
						fk.RefTable = s.Newname
					}
				}
			}
		}
	case pg.ObjectType_OBJECT_COLUMN:
		t := a.table(s.Relation)
		if t == nil {
			return
		}
		if c := t.Column(s.Subname); c != nil {
			c.Name = s.Newname
		}
		ren := func(cs []string) {
			for i := range cs {
				if cs[i] == s.Subname {
					cs[i] = s.Newname
				}
			}
		}
		ren(t.PrimaryKey)
		for _, ix := range t.Indexes {
			ren(ix.Columns)
		}
		for _, fk := range t.ForeignKeys {
			ren(fk.Columns)
		}
		for _, o := range a.s.Tables {
			for _, fk := range o.ForeignKeys {
				if fk.RefTable == t.Name {
					ren(fk.RefColumns)
				}
			}
		}
	case pg.ObjectType_OBJECT_TABCONSTRAINT, pg.ObjectType_OBJECT_INDEX:
		for _, t := range a.s.Tables {
			for _, ix := range t.Indexes {
				if ix.Name == s.Subname || ix.Name == relName(s.Relation) && s.RenameType == pg.ObjectType_OBJECT_INDEX {
					ix.Name = s.Newname
				}
			}
			for _, fk := range t.ForeignKeys {
				if fk.Name == s.Subname {
					fk.Name = s.Newname
				}
			}
		}
	}
}
