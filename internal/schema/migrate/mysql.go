package migrate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/pingcap/tidb/pkg/parser"
	"github.com/pingcap/tidb/pkg/parser/ast"
	"github.com/pingcap/tidb/pkg/parser/mysql"
	_ "github.com/pingcap/tidb/pkg/parser/test_driver" // the value expressions the parser needs
	"github.com/pingcap/tidb/pkg/parser/types"

	"github.com/relcheck/relcheck/internal/schema"
)

// MySQL applies the files' DDL, parsed by TiDB's MySQL grammar one
// statement at a time, to an empty schema, as InnoDB on MariaDB builds it
// (the oracle compares the result with MariaDB's catalog). Statements that
// change no table pass silently; procedures, events, CALL and dynamic SQL
// are listed once each in Skipped, as is a statement the parser rejects.
func MySQL(files []File) (*schema.Schema, error) {
	a := &myApply{s: &schema.Schema{Dialect: "mysql"}, p: parser.New(), auto: map[*schema.Index]bool{}}
	for _, f := range files {
		a.file = f
		for _, p := range splitMySQL(f.SQL) {
			a.off = p.off
			a.piece(p.text)
		}
	}
	return a.s, nil
}

type myApply struct {
	s    *schema.Schema
	p    *parser.Parser
	file File
	off  int
	// auto holds the indexes InnoDB made for a foreign key; it drops one
	// when a later index can serve the key instead.
	auto  map[*schema.Index]bool
	fkSeq map[*schema.Table]int
	// types are the MariaDB column types of the statement being applied
	// that the grammar does not know, by column name.
	types map[string]string
}

func (a *myApply) skip(why string) {
	off := a.off + leadingMySQL(a.file.SQL[a.off:])
	a.s.Skipped = append(a.s.Skipped, schema.Skip{File: a.file.Path, Line: lineOf(a.file.SQL, off), Reason: why})
}

var (
	procedural  = regexp.MustCompile(`(?is)^\s*(CREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(PROCEDURE|EVENT)|CALL|PREPARE|EXECUTE)\b`)
	routineOnly = regexp.MustCompile(`(?is)^\s*CREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(AGGREGATE\s+)?(FUNCTION|TRIGGER)\b`)
	orReplace   = regexp.MustCompile(`(?is)^(\s*CREATE\s+)OR\s+REPLACE\s+(TABLE\b)`)
)

// mariaForms are MariaDB's spellings TiDB's grammar lacks, rewritten to
// MySQL's for the same schema: IF EXISTS on a drop the reader forgives
// anyway, PERSISTENT for STORED, INVISIBLE, and table-rebuild options
// that change no column, key or index.
var mariaForms = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?is)\bDROP(\s+FOREIGN\s+KEY|\s+CONSTRAINT)\s+IF\s+EXISTS\b`), "DROP$1"},
	{regexp.MustCompile(`(?is)\)(\s*)PERSISTENT\b`), ")${1}STORED"},
	{regexp.MustCompile(`(?is)^(\s*ALTER\s+)ONLINE\s+`), "$1"},
	{regexp.MustCompile(`(?is)\bALGORITHM(\s*=\s*)NOCOPY\b`), "ALGORITHM${1}INPLACE"},
	{regexp.MustCompile(`(?is)\bINVISIBLE\b`), ""}, // the column (or index) is there all the same
}

// mariaTypes finds a column of MariaDB's UUID, INET4 or INET6 type: a
// name after "(", "," or ADD/MODIFY [COLUMN], then the type. The grammar
// lacks them, so the reader parses BINARY(16) and puts the type back.
var mariaTypes = regexp.MustCompile("(?is)((?:[(,]|\\bCOLUMN|\\bADD|\\bMODIFY)\\s*(`[^`]+`|\\w+)\\s+)(UUID|INET4|INET6)\\b(\\s*\\()?")

// mariaDB rewrites MariaDB's own forms in body to MySQL's; it returns the
// MariaDB column types it replaced, by column name, and whether the
// statement was CREATE OR REPLACE TABLE.
func mariaDB(body string) (string, map[string]string, bool) {
	replace := false
	if m := orReplace.FindStringSubmatchIndex(body); m != nil {
		body = body[:m[3]] + body[m[4]:]
		replace = true
	}
	for _, f := range mariaForms {
		body = f.re.ReplaceAllString(body, f.with)
	}
	body, types := retype(body)
	return body, types, replace
}

// retype rewrites MariaDB's own column types in body to one the grammar
// takes and returns the columns' real types.
func retype(body string) (string, map[string]string) {
	var types map[string]string
	out := mariaTypes.ReplaceAllStringFunc(body, func(m string) string {
		sub := mariaTypes.FindStringSubmatch(m)
		if sub[4] != "" {
			return m // UUID(): a function call, not a type
		}
		if types == nil {
			types = map[string]string{}
		}
		types[strings.ToLower(strings.Trim(sub[2], "`"))] = strings.ToLower(sub[3])
		return sub[1] + "BINARY(16)"
	})
	return out, types
}

// versioned opens MySQL's executable comments, /*!50003 ... */, whose
// text the server runs (mysqldump writes triggers in them).
var versioned = regexp.MustCompile(`/\*!\d*|\*/`)

func (a *myApply) piece(stmt string) {
	body := stripComments(stmt)
	if strings.Contains(body, "/*!") {
		body = versioned.ReplaceAllString(body, " ")
	}
	switch {
	case procedural.MatchString(body):
		a.skip("procedural code or dynamic SQL: its effect on tables is not followed")
		return
	case routineOnly.MatchString(body):
		// MySQL refuses DDL in functions and triggers (error 1422), so
		// they change no table.
		return
	}
	a.types = nil
	st, err := a.p.ParseOneStmt(body, "", "")
	replace := false
	if err != nil {
		// Only a statement the grammar rejects is rewritten, so a column
		// named like a MariaDB keyword is never touched.
		alt, types, orRepl := mariaDB(body)
		if alt != body {
			if st2, err2 := a.p.ParseOneStmt(alt, "", ""); err2 == nil {
				st, err, a.types, replace = st2, nil, types, orRepl
			}
		}
	}
	if err != nil {
		a.skip("MySQL's grammar cannot parse this statement: " + firstLine(err.Error()))
		return
	}
	switch n := st.(type) {
	case *ast.CreateTableStmt:
		if replace {
			a.dropTable(n.Table.Name.O)
		}
		a.create(n)
	case *ast.AlterTableStmt:
		a.alter(n)
	case *ast.CreateIndexStmt:
		if t := a.table(n.Table); t != nil {
			if n.IfNotExists && findIndex(t, n.IndexName) != nil {
				return
			}
			if n.KeyType == ast.IndexKeyTypeFulltext || n.KeyType == ast.IndexKeyTypeSpatial {
				return
			}
			a.addIndex(t, n.IndexName, n.IndexPartSpecifications, n.KeyType == ast.IndexKeyTypeUnique)
		}
	case *ast.DropIndexStmt:
		if t := a.table(n.Table); t != nil {
			dropIndex(t, findName(t, n.IndexName))
		}
	case *ast.DropTableStmt:
		if !n.IsView {
			for _, tn := range n.Tables {
				a.dropTable(tn.Name.O)
			}
		}
	case *ast.RenameTableStmt:
		for _, tt := range n.TableToTables {
			if t := a.table(tt.OldTable); t != nil {
				a.renameTable(t, tt.NewTable.Name.O)
			}
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func (a *myApply) table(tn *ast.TableName) *schema.Table {
	t := a.s.Table(tn.Name.O)
	if t == nil {
		a.skip(fmt.Sprintf("table %s is not created by an earlier migration", tn.Name.O))
	}
	return t
}

func (a *myApply) create(c *ast.CreateTableStmt) {
	name := c.Table.Name.O
	if a.s.Table(name) != nil {
		if c.IfNotExists {
			return
		}
		a.dropTable(name)
	}
	if c.Select != nil {
		a.skip("CREATE TABLE ... SELECT: the columns come from a query and are not followed")
		return
	}
	t := &schema.Table{Name: name}
	if c.ReferTable != nil {
		// LIKE copies columns and indexes, not foreign keys.
		src := a.table(c.ReferTable)
		if src == nil {
			return
		}
		for _, col := range src.Columns {
			cp := *col
			t.Columns = append(t.Columns, &cp)
		}
		t.PrimaryKey = append([]string(nil), src.PrimaryKey...)
		for _, ix := range src.Indexes {
			cp := *ix
			cp.Columns = append([]string(nil), ix.Columns...)
			t.Indexes = append(t.Indexes, &cp)
		}
		a.s.Tables = append(a.s.Tables, t)
		return
	}
	a.s.Tables = append(a.s.Tables, t)
	var fks []*schema.ForeignKey
	for _, d := range c.Cols {
		fks = append(fks, a.addColumn(t, d)...)
	}
	for _, k := range c.Constraints {
		if fk := a.constraint(t, k); fk != nil {
			fks = append(fks, fk)
		}
	}
	// InnoDB indexes each foreign key once the table's own indexes exist.
	for _, fk := range fks {
		a.foreignKey(t, fk)
	}
}

// columnType is the type as information_schema's DATA_TYPE names it,
// with " unsigned" for unsigned numbers.
func columnType(tp *types.FieldType) string {
	if tp == nil {
		return ""
	}
	s := types.TypeToStr(tp.GetType(), tp.GetCharset())
	if mysql.HasUnsignedFlag(tp.GetFlag()) {
		s += " unsigned"
	}
	return s
}

// addColumn adds or replaces a column and applies its inline options; it
// returns the foreign keys of inline REFERENCES, which MariaDB creates
// (MySQL before 9.0 ignores them).
func (a *myApply) addColumn(t *schema.Table, d *ast.ColumnDef) []*schema.ForeignKey {
	col := &schema.Column{Name: d.Name.Name.O, Type: columnType(d.Tp)}
	if tp, ok := a.types[strings.ToLower(col.Name)]; ok {
		col.Type = tp
	}
	if old := t.Column(col.Name); old != nil {
		*old = *col
		col = old
	} else {
		t.Columns = append(t.Columns, col)
	}
	if inKey(t.PrimaryKey, col.Name) {
		col.NotNull = true
	}
	var fks []*schema.ForeignKey
	for _, o := range d.Options {
		switch o.Tp {
		case ast.ColumnOptionNotNull:
			col.NotNull = true
		case ast.ColumnOptionNull:
			col.NotNull = false
		case ast.ColumnOptionAutoIncrement:
			col.Default = "auto_increment"
		case ast.ColumnOptionDefaultValue:
			col.Default = "set"
			if v, ok := o.Expr.(ast.ValueExpr); ok && v.GetValue() == nil {
				col.Default = ""
			}
		case ast.ColumnOptionPrimaryKey:
			t.PrimaryKey = []string{col.Name}
			col.NotNull = true
		case ast.ColumnOptionUniqKey:
			t.Indexes = append(t.Indexes, &schema.Index{Name: freeName(t, col.Name), Columns: []string{col.Name}, Unique: true})
		case ast.ColumnOptionReference:
			if o.Refer != nil {
				fks = append(fks, a.reference(t, "", []string{col.Name}, o.Refer))
			}
		}
	}
	return fks
}

func inKey(cols []string, name string) bool {
	for _, c := range cols {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}

func partNames(ps []*ast.IndexPartSpecification) (cols []string, expr bool) {
	for _, p := range ps {
		if p.Column == nil {
			expr = true
			continue
		}
		cols = append(cols, p.Column.Name.O)
	}
	return cols, expr
}

// constraint applies a table constraint. A foreign key is returned, not
// indexed yet: CREATE TABLE indexes its keys after every other index.
func (a *myApply) constraint(t *schema.Table, k *ast.Constraint) *schema.ForeignKey {
	switch k.Tp {
	case ast.ConstraintPrimaryKey:
		cols, _ := partNames(k.Keys)
		t.PrimaryKey = cols
		for _, c := range cols {
			if col := t.Column(c); col != nil {
				col.NotNull = true
			}
		}
	case ast.ConstraintKey, ast.ConstraintIndex, ast.ConstraintUniq, ast.ConstraintUniqKey, ast.ConstraintUniqIndex:
		if k.IfNotExists && findIndex(t, k.Name) != nil {
			return nil
		}
		unique := k.Tp == ast.ConstraintUniq || k.Tp == ast.ConstraintUniqKey || k.Tp == ast.ConstraintUniqIndex
		a.addIndex(t, k.Name, k.Keys, unique)
	case ast.ConstraintForeignKey:
		cols, _ := partNames(k.Keys)
		if k.IfNotExists && k.Name != "" && findFK(t, k.Name) != nil {
			return nil
		}
		return a.reference(t, k.Name, cols, k.Refer)
	}
	return nil
}

// reference builds a foreign key. InnoDB names an unnamed one
// <table>_ibfk_<n>; an action not written is RESTRICT in MariaDB's
// catalog (InnoDB checks NO ACTION at once, the same thing).
func (a *myApply) reference(t *schema.Table, name string, cols []string, r *ast.ReferenceDef) *schema.ForeignKey {
	if name == "" {
		if a.fkSeq == nil {
			a.fkSeq = map[*schema.Table]int{}
		}
		a.fkSeq[t]++
		name = t.Name + "_ibfk_" + strconv.Itoa(a.fkSeq[t])
	}
	fk := &schema.ForeignKey{Name: name, Columns: cols, OnDelete: "RESTRICT", OnUpdate: "RESTRICT"}
	if r != nil {
		if r.Table != nil {
			fk.RefTable = r.Table.Name.O
		}
		fk.RefColumns, _ = partNames(r.IndexPartSpecifications)
		if r.OnDelete != nil && r.OnDelete.ReferOpt.String() != "" {
			fk.OnDelete = r.OnDelete.ReferOpt.String()
		}
		if r.OnUpdate != nil && r.OnUpdate.ReferOpt.String() != "" {
			fk.OnUpdate = r.OnUpdate.ReferOpt.String()
		}
	}
	if len(fk.RefColumns) == 0 {
		if ref := a.s.Table(fk.RefTable); ref != nil {
			fk.RefColumns = append([]string(nil), ref.PrimaryKey...)
		}
	}
	return fk
}

// foreignKey adds fk to t and, as MariaDB does, an index on its columns
// when no index starts with them; it is named after the constraint when
// one was named, else after the first column. An index MariaDB made for
// an earlier key on exactly these columns gives way to the new one.
func (a *myApply) foreignKey(t *schema.Table, fk *schema.ForeignKey) {
	t.ForeignKeys = append(t.ForeignKeys, fk)
	if leadsWith(t.PrimaryKey, fk.Columns) {
		return
	}
	var same []*schema.Index
	for _, ix := range t.Indexes {
		switch {
		case ix.Expr || !leadsWith(ix.Columns, fk.Columns):
		case a.auto[ix] && len(ix.Columns) == len(fk.Columns):
			same = append(same, ix)
		default:
			return
		}
	}
	for _, ix := range same {
		dropIndex(t, ix.Name)
		delete(a.auto, ix)
	}
	name := fk.Name
	if strings.HasPrefix(name, t.Name+"_ibfk_") || findName(t, name) != "" {
		name = freeName(t, fk.Columns[0])
	}
	ix := &schema.Index{Name: name, Columns: append([]string(nil), fk.Columns...)}
	t.Indexes = append(t.Indexes, ix)
	a.auto[ix] = true
}

// leadsWith reports whether have starts with cols in order, as InnoDB
// needs of an index that serves a foreign key.
func leadsWith(have, cols []string) bool {
	if len(cols) == 0 || len(have) < len(cols) {
		return false
	}
	for i, c := range cols {
		if !strings.EqualFold(have[i], c) {
			return false
		}
	}
	return true
}

// addIndex adds an index; an unnamed one takes its first column's name
// (with _2, _3, ... when taken). An index InnoDB made for a foreign key
// goes when the new one can serve the key.
func (a *myApply) addIndex(t *schema.Table, name string, parts []*ast.IndexPartSpecification, unique bool) {
	cols, expr := partNames(parts)
	if name == "" {
		first := "idx"
		if len(cols) > 0 {
			first = cols[0]
		}
		name = freeName(t, first)
	}
	ix := &schema.Index{Name: name, Columns: cols, Unique: unique, Expr: expr}
	t.Indexes = append(t.Indexes, ix)
	if expr {
		return
	}
	for old := range a.auto {
		if inTable(t, old) && old != ix && leadsWith(cols, old.Columns) {
			dropIndex(t, old.Name)
			delete(a.auto, old)
		}
	}
}

func inTable(t *schema.Table, ix *schema.Index) bool {
	for _, x := range t.Indexes {
		if x == ix {
			return true
		}
	}
	return false
}

// freeName is base, or base_2, base_3, ... if an index holds the name.
func freeName(t *schema.Table, base string) string {
	if findName(t, base) == "" && !strings.EqualFold(base, "primary") {
		return base
	}
	for n := 2; ; n++ {
		name := base + "_" + strconv.Itoa(n)
		if findName(t, name) == "" {
			return name
		}
	}
}

func findIndex(t *schema.Table, name string) *schema.Index {
	if name == "" {
		return nil
	}
	for _, ix := range t.Indexes {
		if strings.EqualFold(ix.Name, name) {
			return ix
		}
	}
	return nil
}

// findName is the stored spelling of index name (names are case
// insensitive in MySQL), or "".
func findName(t *schema.Table, name string) string {
	if ix := findIndex(t, name); ix != nil {
		return ix.Name
	}
	return ""
}

func findFK(t *schema.Table, name string) *schema.ForeignKey {
	for _, fk := range t.ForeignKeys {
		if strings.EqualFold(fk.Name, name) {
			return fk
		}
	}
	return nil
}

func (a *myApply) alter(s *ast.AlterTableStmt) {
	t := a.table(s.Table)
	if t == nil {
		return
	}
	var fks []*schema.ForeignKey
	for _, sp := range s.Specs {
		switch sp.Tp {
		case ast.AlterTableAddColumns:
			for _, d := range sp.NewColumns {
				if sp.IfNotExists && t.Column(d.Name.Name.O) != nil {
					continue
				}
				fks = append(fks, a.addColumn(t, d)...)
			}
			for _, k := range sp.NewConstraints {
				if fk := a.constraint(t, k); fk != nil {
					fks = append(fks, fk)
				}
			}
		case ast.AlterTableAddConstraint:
			if sp.Constraint != nil {
				if fk := a.constraint(t, sp.Constraint); fk != nil {
					fks = append(fks, fk)
				}
			}
		case ast.AlterTableDropColumn:
			if sp.OldColumnName != nil {
				a.dropColumn(t, sp.OldColumnName.Name.O)
			}
		case ast.AlterTableDropPrimaryKey:
			t.PrimaryKey = nil
		case ast.AlterTableDropIndex:
			dropIndex(t, findName(t, sp.Name))
		case ast.AlterTableDropForeignKey:
			// The key's index stays.
			dropFK(t, sp.Name)
		case ast.AlterTableDropCheck:
			// MariaDB's DROP CONSTRAINT drops a foreign key, a unique
			// key or a check of that name.
			name := sp.Name
			if sp.Constraint != nil && sp.Constraint.Name != "" {
				name = sp.Constraint.Name
			}
			dropFK(t, name)
			dropIndex(t, findName(t, name))
		case ast.AlterTableModifyColumn, ast.AlterTableChangeColumn:
			if len(sp.NewColumns) == 0 {
				continue
			}
			d := sp.NewColumns[0]
			old := d.Name.Name.O
			if sp.Tp == ast.AlterTableChangeColumn && sp.OldColumnName != nil {
				old = sp.OldColumnName.Name.O
			}
			if t.Column(old) == nil {
				if !sp.IfExists {
					a.skip(fmt.Sprintf("column %s.%s is not created by an earlier migration", t.Name, old))
				}
				continue
			}
			a.renameColumn(t, old, d.Name.Name.O)
			fks = append(fks, a.addColumn(t, d)...)
		case ast.AlterTableRenameColumn:
			if sp.OldColumnName != nil && sp.NewColumnName != nil {
				a.renameColumn(t, sp.OldColumnName.Name.O, sp.NewColumnName.Name.O)
			}
		case ast.AlterTableRenameTable:
			if sp.NewTable != nil {
				a.renameTable(t, sp.NewTable.Name.O)
			}
		case ast.AlterTableRenameIndex:
			if ix := findIndex(t, sp.FromKey.O); ix != nil {
				ix.Name = sp.ToKey.O
			}
		case ast.AlterTableAlterColumn:
			if len(sp.NewColumns) > 0 {
				if col := t.Column(sp.NewColumns[0].Name.Name.O); col != nil {
					col.Default = ""
					for _, o := range sp.NewColumns[0].Options {
						if o.Tp == ast.ColumnOptionDefaultValue {
							col.Default = "set"
						}
					}
				}
			}
		}
	}
	for _, fk := range fks {
		a.foreignKey(t, fk)
	}
}

// dropColumn removes a column. MariaDB takes it out of every index and
// drops an index left with no column.
func (a *myApply) dropColumn(t *schema.Table, name string) {
	var cols []*schema.Column
	for _, c := range t.Columns {
		if !strings.EqualFold(c.Name, name) {
			cols = append(cols, c)
		}
	}
	t.Columns = cols
	without := func(cs []string) []string {
		var out []string
		for _, c := range cs {
			if !strings.EqualFold(c, name) {
				out = append(out, c)
			}
		}
		return out
	}
	t.PrimaryKey = without(t.PrimaryKey)
	var ixs []*schema.Index
	for _, ix := range t.Indexes {
		ix.Columns = without(ix.Columns)
		if len(ix.Columns) > 0 || ix.Expr {
			ixs = append(ixs, ix)
		}
	}
	t.Indexes = ixs
	var fks []*schema.ForeignKey
	for _, fk := range t.ForeignKeys {
		if !inKey(fk.Columns, name) {
			fks = append(fks, fk)
		}
	}
	t.ForeignKeys = fks
}

func (a *myApply) renameColumn(t *schema.Table, old, new string) {
	if c := t.Column(old); c != nil {
		c.Name = new
	}
	ren := func(cs []string) {
		for i := range cs {
			if strings.EqualFold(cs[i], old) {
				cs[i] = new
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
}

func (a *myApply) renameTable(t *schema.Table, name string) {
	for _, o := range a.s.Tables {
		for _, fk := range o.ForeignKeys {
			if fk.RefTable == t.Name {
				fk.RefTable = name
			}
		}
	}
	t.Name = name
}

func (a *myApply) dropTable(name string) {
	var ts []*schema.Table
	for _, t := range a.s.Tables {
		if !strings.EqualFold(t.Name, name) {
			ts = append(ts, t)
		}
	}
	a.s.Tables = ts
}

func dropFK(t *schema.Table, name string) {
	var fks []*schema.ForeignKey
	for _, fk := range t.ForeignKeys {
		if !strings.EqualFold(fk.Name, name) {
			fks = append(fks, fk)
		}
	}
	t.ForeignKeys = fks
}
