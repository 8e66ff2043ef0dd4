// Package run analyses packages with relcheck the way a driver does
// (go/packages, then x/tools/go/analysis/checker), for the oracle tests.
package run

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Finding is one diagnostic of a root package.
type Finding struct {
	Pkg      string // the package's import path
	Category string // the rule ID
	Message  string
	Line     int
}

// Load loads the packages, and their dependencies from source; a package
// that does not load fails the test.
func Load(t testing.TB, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: tests, Env: os.Environ()}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load %v: %v", patterns, err)
	}
	return pkgs
}

// Analyze runs a on the packages and returns the graph, for facts, and
// the root packages' findings.
func Analyze(t testing.TB, a *analysis.Analyzer, pkgs []*packages.Package) (*checker.Graph, []Finding) {
	t.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			out = append(out, Finding{
				Pkg:      act.Package.PkgPath,
				Category: d.Category,
				Message:  d.Message,
				Line:     act.Package.Fset.Position(d.Pos).Line,
			})
		}
	}
	return g, out
}

// Messages is the findings' messages, for tests that match on text.
func Messages(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Message
	}
	return out
}

// CaseOf maps a finding's message ("<rule>: <Model>.<Field>...") to the
// corpus case its model belongs to: the longest case name the model's
// name starts with.
func CaseOf[V any](msg string, cases map[string]V) string {
	rest := msg[strings.Index(msg, ": ")+2:]
	best := ""
	for k := range cases {
		if strings.HasPrefix(rest, k) && len(k) > len(best) {
			best = k
		}
	}
	return best
}
