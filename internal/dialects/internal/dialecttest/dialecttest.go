// Package dialecttest runs a dialect end to end on Go source, for the
// dialects' fuzz targets: parse, resolve and link every struct, then run
// every rule, and fail on a panic anywhere (a rule's panic surfaces as an
// "internal" finding).
package dialecttest

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/rules"
)

// Run type-checks src as package p and puts each of its named types
// through d and the rules. Source that is not valid Go (a fuzzed tag can
// break the syntax around it) skips the input.
func Run(t *testing.T, d *dialects.Dialect, src string) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Skip()
	}
	pkg, _ := (&types.Config{Importer: importer.Default(), Error: func(error) {}}).Check("p", fset, []*ast.File{file}, nil)
	if pkg == nil {
		t.Skip()
	}
	byRef := map[model.Ref]*model.Model{}
	var ms []*model.Model
	for _, name := range pkg.Scope().Names() {
		tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if m := d.Parse(named, nil); m != nil {
			ms = append(ms, m)
			byRef[m.Ref] = m
		}
	}
	g := model.NewGraph()
	for _, m := range ms {
		d.Resolve(m, func(r model.Ref) *model.Model { return byRef[r] })
		g.Add(m, true)
	}
	if d.Link != nil {
		d.Link(g)
	}
	rules.Run(g, rules.All(), func(f rules.Finding) {
		if f.Rule == "internal" {
			t.Fatalf("a rule panicked: %s", f.Message)
		}
	})
}
