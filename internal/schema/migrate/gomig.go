package migrate

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/relcheck/relcheck/internal/schema"
)

// Go migrations: files named like SQL ones (N_name.go) that register an up
// and a down function with go-pg/migrations, Bun's migrate or goose. The
// tools take the version from the file name, so they sort with the .sql
// files. What the reader follows is the constant SQL each up function
// passes to Exec or ExecContext, in the order of the calls; anything else
// the up function does with the database is listed as skipped.

// registrars maps an import path prefix to the functions (or methods of a
// collection) that register a migration.
var registrars = []struct {
	pkg   string
	funcs map[string]bool
}{
	{"github.com/go-pg/migrations", set("Register", "MustRegister", "RegisterTx", "MustRegisterTx")},
	{"github.com/uptrace/bun/migrate", set("Register", "MustRegister")},
	{"github.com/pressly/goose", set("AddMigration", "AddMigrationContext", "AddMigrationNoTx", "AddMigrationNoTxContext",
		"AddNamedMigration", "AddNamedMigrationContext", "AddNamedMigrationNoTx", "AddNamedMigrationNoTxContext")},
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// goPackage is the Go files of a migrations directory, type-checked
// without their imports: enough for go/types to fold constants and
// resolve names, which is all the reader needs.
type goPackage struct {
	fset  *token.FileSet
	files map[string]*ast.File // by path
	info  *types.Info
}

func loadGo(dir string, names []string) *goPackage {
	p := &goPackage{fset: token.NewFileSet(), files: map[string]*ast.File{}}
	var files []*ast.File
	for _, n := range names {
		full := filepath.Join(dir, n)
		f, err := parser.ParseFile(p.fset, full, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			continue // reported by goFile
		}
		p.files[full] = f
		files = append(files, f)
	}
	p.info = &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{
		Importer: emptyImporter{},
		Error:    func(error) {}, // imports are empty: most calls do not check
	}
	conf.Check("migrations", p.fset, files, p.info)
	return p
}

// emptyImporter gives every import as an empty package named after its
// path, so the files check without their dependencies.
type emptyImporter struct{}

func (emptyImporter) Import(p string) (*types.Package, error) {
	name := path.Base(p)
	if len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = path.Base(path.Dir(p)) // github.com/pressly/goose/v3
	}
	name = strings.TrimPrefix(strings.ReplaceAll(name, "-", "_"), "go_")
	pkg := types.NewPackage(p, name)
	pkg.MarkComplete()
	return pkg, nil
}

// goFile returns the SQL one Go migration's up function executes, one File
// per Exec call (each padded to its line in the Go file, so a statement's
// line is right), and what it could not follow.
func (p *goPackage) goFile(full string) ([]File, []schema.Skip) {
	f := p.files[full]
	if f == nil {
		return nil, []schema.Skip{{File: full, Line: 1, Reason: "a Go migration that does not parse"}}
	}
	g := &goMig{p: p, path: full, seen: map[string]bool{}}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !g.registers(f, call) {
			return true
		}
		for _, arg := range call.Args {
			if tv := g.p.info.Types[arg]; tv.Value != nil {
				continue // goose's AddNamedMigration: the file name first
			}
			if up := g.funcOf(arg); up != nil {
				g.up(up)
			} else if !isNil(arg) { // goose: a nil up function does nothing
				g.skip(arg, "func", "an up function relcheck cannot find: "+types.ExprString(arg))
			}
			break
		}
		return false
	})
	return g.files, g.skips
}

type goMig struct {
	p     *goPackage
	path  string
	files []File
	skips []schema.Skip
	seen  map[string]bool // kinds of skip already given for this file
	body  *ast.BlockStmt  // of the up function funcOf found
}

func (g *goMig) line(n ast.Node) int { return g.p.fset.Position(n.Pos()).Line }

// skip lists what the reader did not follow, once per kind and file.
func (g *goMig) skip(n ast.Node, kind, why string) {
	if g.seen[kind] {
		return
	}
	g.seen[kind] = true
	g.skips = append(g.skips, schema.Skip{File: g.path, Line: g.line(n), Reason: why})
}

// registers reports whether call registers a migration: a registering
// function of an imported migrations package, or the same method on a
// collection in a file that imports one.
func (g *goMig) registers(f *ast.File, call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	// The collection may be declared in another file of the package
	// (Bun's `var Migrations = migrate.NewMigrations()`), so any file's
	// imports count.
	for _, f := range g.p.files {
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			for _, r := range registrars {
				if (ip == r.pkg || strings.HasPrefix(ip, r.pkg+"/")) && r.funcs[sel.Sel.Name] {
					return true
				}
			}
		}
	}
	return false
}

// funcOf returns the body of the function expression e names: a literal or
// a function declared in the package.
func (g *goMig) funcOf(e ast.Expr) *ast.FuncType {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		g.body = e.Body
		return e.Type
	case *ast.Ident:
		obj, ok := g.p.info.Uses[e].(*types.Func)
		if !ok {
			return nil
		}
		for _, f := range g.p.files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && g.p.info.Defs[fd.Name] == obj {
					g.body = fd.Body
					return fd.Type
				}
			}
		}
	}
	return nil
}

func isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// up follows the Exec calls of an up function in source order. Other
// calls that reach the database (its parameters) may change the schema
// in ways relcheck does not see: listed once.
func (g *goMig) up(ft *ast.FuncType) {
	body := g.body
	params := map[types.Object]bool{}
	for _, fl := range ft.Params.List {
		for _, n := range fl.Names {
			if obj := g.p.info.Defs[n]; obj != nil {
				params[obj] = true
			}
		}
	}
	usesDB := func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && params[g.p.info.Uses[id]] {
				found = true
			}
			return !found
		})
		return found
	}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if ok && (sel.Sel.Name == "Exec" || sel.Sel.Name == "ExecContext") {
			g.exec(call, sel.Sel.Name == "ExecContext")
			return false
		}
		if ok && usesDB(sel.X) {
			g.skip(call, "call", "the up function calls "+types.ExprString(call.Fun)+": relcheck reads only Exec of constant SQL")
			return false
		}
		for _, a := range call.Args {
			if usesDB(a) {
				g.skip(call, "call", "the up function passes the database to "+types.ExprString(call.Fun)+": relcheck reads only Exec of constant SQL")
				return false
			}
		}
		return true
	})
}

func (g *goMig) exec(call *ast.CallExpr, ctx bool) {
	i := 0
	if ctx {
		i = 1
	}
	if len(call.Args) <= i {
		return
	}
	if len(call.Args) > i+1 || call.Ellipsis.IsValid() {
		g.skip(call, "exec", "Exec with query arguments: relcheck reads only constant SQL")
		return
	}
	arg := call.Args[i]
	sql, at, ok := g.constant(arg)
	if !ok {
		g.skip(call, "exec", "Exec of SQL that is not constant: "+types.ExprString(arg))
		return
	}
	pad := strings.Repeat("\n", max(g.line(at)-1, 0))
	g.files = append(g.files, File{Path: g.path, Layout: "go", SQL: pad + sql})
}

// constant folds e to a string: a constant expression, or a package-level
// variable initialised with one and never assigned. at is the node the
// text starts at, for line numbers.
func (g *goMig) constant(e ast.Expr) (string, ast.Node, bool) {
	if tv, ok := g.p.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), literalIn(e), true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return "", nil, false
	}
	v, ok := g.p.info.Uses[id].(*types.Var)
	if !ok || g.assigned(v) {
		return "", nil, false
	}
	if v.Parent() != v.Pkg().Scope() {
		return g.rangeOver(v)
	}
	for _, f := range g.p.files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for k, n := range vs.Names {
					if g.p.info.Defs[n] == v && len(vs.Values) == len(vs.Names) {
						tv := g.p.info.Types[vs.Values[k]]
						if tv.Value != nil && tv.Value.Kind() == constant.String {
							return constant.StringVal(tv.Value), literalIn(vs.Values[k]), true
						}
					}
				}
			}
		}
	}
	return "", nil, false
}

// assigned reports whether v is assigned or has its address taken anywhere
// in the package, so its initial value may not be what Exec sees.
func (g *goMig) assigned(v *types.Var) bool {
	found := false
	for _, f := range g.p.files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && g.p.info.Uses[id] == v {
						found = true
					}
				}
			case *ast.UnaryExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && g.p.info.Uses[id] == v {
					found = true
				}
			case *ast.IncDecStmt:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && g.p.info.Uses[id] == v {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// literalIn is the first string literal of a constant expression, where
// its text starts; the expression itself when it names a constant.
func literalIn(e ast.Expr) ast.Node {
	var lit ast.Node = e
	ast.Inspect(e, func(n ast.Node) bool {
		if bl, ok := n.(*ast.BasicLit); ok && bl.Kind == token.STRING {
			lit = bl
			return false
		}
		return lit == e
	})
	return lit
}

// rangeOver folds v when it is the value of a range over a slice of
// constants (`for _, q := range up { db.Exec(q) }`, up a local
// []string{...} never changed, in the up function or captured from the
// function registering it): the loop runs every element, in order.
func (g *goMig) rangeOver(v *types.Var) (string, ast.Node, bool) {
	var loop *ast.RangeStmt
	if g.body == nil {
		return "", nil, false
	}
	ast.Inspect(g.body, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok {
			if id, ok := r.Value.(*ast.Ident); ok && g.p.info.Defs[id] == v {
				loop = r
			}
		}
		return loop == nil
	})
	if loop == nil {
		return "", nil, false
	}
	x := ast.Unparen(loop.X)
	if id, ok := x.(*ast.Ident); ok {
		// A local slice defined once by := and never assigned again.
		lv, ok := g.p.info.Uses[id].(*types.Var)
		if !ok || g.assigned(lv) {
			return "", nil, false
		}
		// It may be the up function's or, captured, its caller's.
		x = nil
		for _, f := range g.p.files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) {
					for i, l := range as.Lhs {
						if lid, ok := l.(*ast.Ident); ok && g.p.info.Defs[lid] == lv {
							x = as.Rhs[i]
						}
					}
				}
				return x == nil
			})
		}
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return "", nil, false
	}
	var parts []string
	for _, el := range lit.Elts {
		s, _, ok := g.constant(el)
		if !ok {
			return "", nil, false
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ";\n"), lit, true
}
