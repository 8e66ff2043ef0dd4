package main

import (
	"fmt"
	"go/ast"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
)

// The trimmed loader must change nothing relcheck reports: on the example
// module (GORM and Bun from the module cache, the standard library from
// GOROOT), it yields exactly the findings of singlechecker's full load,
// with no package errors, while really dropping bodies. The same holds
// with the example module vendored, where GORM and Bun come from vendor/.
func TestTrimmedLoadFindsTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the example module and its dependencies")
	}
	t.Run("modcache", func(t *testing.T) {
		sameFindings(t, "../../example", "strings")
	})
	t.Run("vendor", func(t *testing.T) {
		sameFindings(t, vendoredExample(t), "github.com/jinzhu/inflection")
	})
}

// sameFindings compares the trimmed and the full load of the example
// packages in dir; trimming must have dropped bodies in package dropped.
func sameFindings(t *testing.T, dir, dropped string) {
	t.Helper()
	patterns := []string{"./broken", "./bun/broken", "./correct", "./bun/correct"}
	full, err := packages.Load(&packages.Config{Dir: dir, Mode: packages.LoadAllSyntax, Tests: true}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	trimmed, err := loadPackages(dir, patterns, true)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(trimmed); n > 0 {
		t.Fatalf("the trimmed load has %d package errors", n)
	}
	want, got := findings(t, full), findings(t, trimmed)
	if len(want) == 0 {
		t.Fatal("no findings on the broken examples: the comparison proves nothing")
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("trimmed load reports\n%s\nfull load reports\n%s", got, want)
	}

	if a, b := bodiless(trimmed, dropped), bodiless(full, dropped); a <= b {
		t.Errorf("package %s: %d functions without a body after trimming, %d before", dropped, a, b)
	}
}

// vendoredExample copies the example module to a temporary directory and
// vendors its dependencies from the module cache; the go command is set to
// -mod=vendor for the rest of the test.
func vendoredExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyFixture(t, "../../example", dir)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "go.mod"), strings.Replace(string(mod), "=> ../", "=> "+root, 1))
	t.Setenv("GOWORK", "off")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	if out, err := goCmd(dir, "mod", "vendor"); err != nil {
		t.Fatalf("go mod vendor: %v\n%s", err, out)
	}
	t.Setenv("GOFLAGS", "-mod=vendor")
	return dir
}

// bodiless counts a package's function declarations without a body.
func bodiless(pkgs []*packages.Package, path string) (n int) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.PkgPath != path {
			return
		}
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body == nil {
					n++
				}
			}
		}
	})
	return n
}

func findings(t *testing.T, pkgs []*packages.Package) []string {
	t.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for act := range g.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				out = append(out, fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message))
			}
		}
	}
	sort.Strings(out)
	return out
}
