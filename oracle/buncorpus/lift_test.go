package buncorpus

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/extract"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// The temporary module Bun's test models are lifted into: one package
// per case, buntests/<case>, each with its Models and Junctions.
const modelsPath = "buntests/"

// bunTestCases is how many cases Bun v1.3.0's schema tests yield: the
// package-level models, and TestTable's 18 subtests. Fewer means the
// lifting lost some.
const bunTestCases = 19

// liftBunTests reads Bun's schema tests from the module cache and writes
// the temporary module: its files, and the cases, sorted.
//
//   - schematypes: the package-level types the tests hand to Bun
//     (Tables.Get(reflect.TypeFor[*T]()) and the like), with every type
//     they use; Models is all of them.
//   - table<subtest>: the types a subtest of TestTable declares, with
//     TestTable's own ones they use (Model); Models is the subtest's
//     types, Junctions what it registers first (Tables.Register).
//
// The test files are inside package schema; a name of that package the
// types use (BaseModel) becomes an alias of it.
func liftBunTests(t testing.TB) (map[string][]byte, []string) {
	t.Helper()
	root, err := extract.ModuleDir("github.com/uptrace/bun")
	if err != nil {
		t.Fatal(err)
	}
	tests, err := extract.ParseTests(filepath.Join(root, "schema"), "schema")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	var cases []string
	add := func(name string, specs, models []*ast.TypeSpec, junctions []string) {
		var b strings.Builder
		b.WriteString("// Models and Junctions are what the test hands to Bun.\nvar (\n\tModels = []any{")
		for _, m := range models {
			if _, ok := m.Type.(*ast.StructType); ok {
				fmt.Fprintf(&b, "(*%s)(nil), ", m.Name.Name)
			}
		}
		b.WriteString("}\n\tJunctions = []any{")
		for _, j := range junctions {
			fmt.Fprintf(&b, "(*%s)(nil), ", j)
		}
		b.WriteString("}\n)\n")
		src, err := tests.Render(name, specs, "github.com/uptrace/bun/schema", b.String())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		files[name+"/models.go"] = src
		cases = append(cases, name)
	}

	top := tests.TopLevel()
	topScope := extract.Scope(top)
	var handed []*ast.TypeSpec
	for _, f := range tests.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			local := map[string]bool{}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if s, ok := n.(*ast.TypeSpec); ok {
					local[s.Name.Name] = true
				}
				return true
			})
			for _, n := range calledWith(fd.Body, "Get") {
				if s := topScope[n]; s != nil && !local[n] {
					handed = append(handed, s)
				}
			}
		}
	}
	all := extract.Closure(handed, topScope)
	add("schematypes", all, all, nil)

	var table *ast.FuncDecl
	for _, f := range tests.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "TestTable" {
				table = fd
			}
		}
	}
	if table == nil {
		t.Fatal("no TestTable in Bun's schema tests")
	}
	outer := extract.Local(table.Body)
	for _, st := range table.Body.List {
		name, body := subtest(st)
		if body == nil {
			continue
		}
		specs := extract.Local(body)
		scope := extract.Scope(outer)
		for n, s := range extract.Scope(specs) {
			scope[n] = s // the subtest's own types shadow TestTable's
		}
		add("table"+squash(name), extract.Closure(specs, scope), specs, calledWith(body, "Register"))
	}
	sort.Strings(cases)
	if len(cases) != bunTestCases {
		t.Fatalf("%d cases in Bun's schema tests, want %d: %s", len(cases), bunTestCases, cases)
	}
	return files, cases
}

// bunTestModule writes the temporary module, with a main that prints what
// Bun makes of each case (verdict.Bun), migrate's Migration included.
func bunTestModule(t testing.TB) (string, []string) {
	t.Helper()
	files, cases := liftBunTests(t)
	var imports, entries []string
	for _, c := range cases {
		imports = append(imports, strconv.Quote(modelsPath+c))
		entries = append(entries, fmt.Sprintf("%q: {Models: %s.Models, Junctions: %s.Junctions},", c, c, c))
	}
	files["main.go"] = []byte(`package main

import (
	"github.com/uptrace/bun/migrate"

	"github.com/relcheck/relcheck/oracle/verdict"
	` + strings.Join(imports, "\n\t") + `
)

func main() {
	verdict.Bun(map[string]verdict.BunCase{
		` + strings.Join(entries, "\n\t\t") + `
		"migrate": {Models: []any{(*migrate.Migration)(nil)}},
	})
}
`)
	return run.Module(t, strings.TrimSuffix(modelsPath, "/"), files), cases
}

// subtest recognises t.Run("name", func(t *testing.T) { ... }).
func subtest(st ast.Stmt) (string, *ast.BlockStmt) {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return "", nil
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return "", nil
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Run" {
		return "", nil
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	fn, ok2 := call.Args[1].(*ast.FuncLit)
	if !ok || !ok2 || lit.Kind != token.STRING {
		return "", nil
	}
	name, _ := strconv.Unquote(lit.Value)
	return name, fn.Body
}

// calledWith is the named types passed to a method called method in
// body: x.Get(reflect.TypeFor[*T]()), x.Get(reflect.TypeOf((*T)(nil)).Elem()),
// x.Register((*T)(nil)).
func calledWith(body *ast.BlockStmt, method string) []string {
	var out []string
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != method {
			return true
		}
		for _, a := range call.Args {
			if n := typeArg(a); n != "" {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}

// typeArg is T in reflect.TypeFor[*T](), reflect.TypeOf((*T)(nil)).Elem()
// or (*T)(nil); "" otherwise.
func typeArg(e ast.Expr) string {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return ""
	}
	switch fun := call.Fun.(type) {
	case *ast.IndexExpr: // reflect.TypeFor[*T]()
		if star, ok := fun.Index.(*ast.StarExpr); ok {
			if id, ok := star.X.(*ast.Ident); ok {
				return id.Name
			}
		}
	case *ast.SelectorExpr: // reflect.TypeOf((*T)(nil)).Elem()
		if inner, ok := fun.X.(*ast.CallExpr); ok && fun.Sel.Name == "Elem" && len(inner.Args) == 1 {
			return typeArg(inner.Args[0])
		}
	case *ast.ParenExpr: // (*T)(nil)
		if star, ok := fun.X.(*ast.StarExpr); ok {
			if id, ok := star.X.(*ast.Ident); ok {
				return id.Name
			}
		}
	}
	return ""
}

// squash is a subtest's name as a package name: "m2m on embedded base"
// is m2monembeddedbase.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
