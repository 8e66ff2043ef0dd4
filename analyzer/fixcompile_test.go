package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"
)

// Every golden file is its package with all suggested fixes applied (the
// fix tests hold that). Here each package, its files replaced by their
// golden versions, must still type-check: a fix must not break the build.
func TestFixedPackagesCompile(t *testing.T) {
	src := filepath.Join(analysistest.TestData(), "src")
	goldens, err := filepath.Glob(filepath.Join(src, "*", "*.go.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	overlay := map[string][]byte{}
	dirs := map[string]bool{}
	for _, g := range goldens {
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		overlay[strings.TrimSuffix(g, ".golden")] = b
		dirs[filepath.Base(filepath.Dir(g))] = true
	}
	var patterns []string
	for d := range dirs {
		patterns = append(patterns, d)
	}
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax,
		Dir:     src,
		Env:     append(os.Environ(), "GOPATH="+analysistest.TestData(), "GO111MODULE=off", "GOWORK=off"),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) != len(patterns) {
		t.Fatalf("loaded %d packages for %d patterns", len(pkgs), len(patterns))
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("%s with its fixes applied: %v", p.PkgPath, e)
		}
	}
}
