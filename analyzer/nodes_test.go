package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/all"
)

// The usage readers must ask only for kinds the index holds, or every
// package that uses an ORM walks its files a second time.
func TestNodeIndexCoversReaders(t *testing.T) {
	for _, d := range all.Dialects {
		if d.Usage == nil {
			continue
		}
		pkg := types.NewPackage("example.com/app", "app")
		pkg.SetImports([]*types.Package{types.NewPackage(d.ImportPath, "orm")})
		r := d.Usage(dialects.Code{Pkg: pkg, Info: &types.Info{}})
		if r == nil {
			t.Errorf("%s: no usage reader for a package importing %s", d.Name, d.ImportPath)
			continue
		}
		for _, n := range r.Nodes() {
			if kindOf(n) == 0 {
				t.Errorf("%s: its usage reader asks for %T, which nodeIndex does not hold", d.Name, n)
			}
		}
	}
}

// Preorder visits what inspector.Preorder visits, in the same order, both
// for the kinds it holds and for others (which it walks for).
func TestNodeIndexPreorder(t *testing.T) {
	paths, err := filepath.Glob("*.go")
	if err != nil || len(paths) == 0 {
		t.Fatal(paths, err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	x, in := indexNodes(files), inspector.New(files)
	cases := [][]ast.Node{
		indexed,
		{(*ast.CallExpr)(nil)},
		{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)},
		{(*ast.StructType)(nil), (*ast.Field)(nil)},
		{(*ast.CallExpr)(nil), (*ast.Ident)(nil)}, // Ident is not indexed
	}
	for _, kinds := range cases {
		var got, want []ast.Node
		x.Preorder(kinds, func(n ast.Node) { got = append(got, n) })
		in.Preorder(kinds, func(n ast.Node) { want = append(want, n) })
		if len(got) == 0 || len(got) != len(want) {
			t.Errorf("%T: %d nodes, inspector %d", kinds, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%T: node %d is %T at %v, inspector's %T at %v", kinds, i, got[i], fset.Position(got[i].Pos()), want[i], fset.Position(want[i].Pos()))
				break
			}
		}
	}
}
