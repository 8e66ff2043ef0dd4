package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
)

// Hostile inputs: each package must draw exactly its // want findings,
// never a panic and never an "internal" diagnostic.
func TestHostile(t *testing.T) {
	for _, pkg := range []string{
		"hostile/generics", "hostile/shapes", "hostile/bigstruct", "hostile/tags",
		"hostile/testpkg", "hostile/generated", "hostile/typeerrors", "hostile/locals",
	} {
		t.Run(pkg, func(t *testing.T) {
			run(t, pkg)
		})
	}
}

// relcheck runs on packages with type errors (an editor's buffer rarely
// compiles): the broken types must draw silence, not a panic and not an
// invented finding. hostile/typeerrors shows the well-typed models of such
// a package are still reported.
func TestTypeErrors(t *testing.T) {
	if !analyzer.Analyzer.RunDespiteErrors {
		t.Fatal("RunDespiteErrors is off: one unrelated type error would hide every finding of its package")
	}
	src := `package broken

type User struct {
	ID      uint ` + "`gorm:\"primaryKey\"`" + `
	Company Compnay  // undefined type
	Posts   []Postt  // undefined type
	Things  []Thing ` + "`gorm:\"foreignKey:UserID\"`" + `
	Count   int = 3  // a syntax error the parser recovers from? no: kept valid below
}
`
	src = strings.Replace(src, "	Count   int = 3  // a syntax error the parser recovers from? no: kept valid below\n", "", 1)
	src += `
type Thing struct {
	ID     uint
	UserID uint
	Bad    undefined.Type
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "broken.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	var typeErrors int
	conf := types.Config{Importer: importer.Default(), Error: func(error) { typeErrors++ }}
	pkg, _ := conf.Check("broken", fset, []*ast.File{f}, info)
	if typeErrors == 0 {
		t.Fatal("the input has no type errors")
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer: analyzer.Analyzer, Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ResultOf:          map[*analysis.Analyzer]any{},
	}
	if _, err := analyzer.Analyzer.Run(pass); err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if d.Category == "internal" || strings.Contains(d.Message, "invalid type") {
			t.Errorf("finding about a broken type: %s", d.Message)
		}
		if strings.Contains(d.Message, "Company") || strings.Contains(d.Message, "Posts") {
			t.Errorf("invented a finding about an unresolved field: %s", d.Message)
		}
	}
}

// cgo packages are analysed through cmd/cgo's rewrite of their files;
// findings must land on the user's file and line. (analysistest cannot
// express this: it expects facts in the rewritten file.)
func TestCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler: cgo packages cannot be loaded here")
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: "testdata/cgo", Env: append(os.Environ(), "CGO_ENABLED=1", "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	res, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, act := range res.Roots {
		for _, d := range act.Diagnostics {
			p := act.Package.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%s:%d %s", filepath.Base(p.Filename), p.Line, d.Category))
		}
	}
	if len(got) != 1 || got[0] != "cgo.go:9 fk-missing" {
		t.Errorf("got %q, want the fk-missing at cgo.go:9", got)
	}
}
