package analyzer_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

// Every headline any test input draws, under every rule and either
// evidence setting, is short and names its rule once.
func TestHeadlines(t *testing.T) {
	pkgs := testPackages(t)
	all := analyzer.New()
	for _, f := range [][2]string{{"enable", "all"}, {"fk-constraints", "true"}} {
		if err := all.Flags.Set(f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	var diags []analysis.Diagnostic
	for _, a := range []*analysis.Analyzer{analyzer.New(), all} {
		for _, r := range analysistest.Run(ignoreWants{}, analysistest.TestData(), a, pkgs...) {
			diags = append(diags, r.Diagnostics...)
		}
	}
	for _, prog := range []string{"program", "programoff"} {
		a := analyzer.New()
		if err := analyzer.UseProgram(a, load(t, prog+"/app")); err != nil {
			t.Fatal(err)
		}
		for _, r := range analysistest.Run(ignoreWants{}, analysistest.TestData(), a, prog+"/models") {
			diags = append(diags, r.Diagnostics...)
		}
	}
	if len(diags) < 100 {
		t.Fatalf("only %d diagnostics over %d packages; the inputs did not load", len(diags), len(pkgs))
	}
	for _, d := range diags {
		if os.Getenv("RELCHECK_HEADLINES") != "" {
			t.Logf("HEADLINE %s", d.Message)
		}
		if msg := analyzer.HeadlineProblem(d); msg != "" {
			t.Error(msg)
		}
	}
}

// testPackages lists the packages under testdata/src that are test
// inputs, not stand-ins for the ORMs.
func testPackages(t *testing.T) []string {
	root := filepath.Join(analysistest.TestData(), "src")
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		dir = filepath.ToSlash(dir)
		if stub := strings.HasPrefix(dir, "gorm.io/") || strings.HasPrefix(dir, "github.com/") ||
			(strings.HasPrefix(dir, "entgo.io/") && !strings.HasPrefix(dir, "entgo.io/ent/examples/")); !stub {
			seen[dir] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for p := range seen {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	return pkgs
}

// ignoreWants drops analysistest's complaints about // want lines: the
// expectations are held by each rule's own test.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}
