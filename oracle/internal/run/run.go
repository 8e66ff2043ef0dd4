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

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/load"
)

// Finding is one diagnostic of a root package.
type Finding struct {
	Pkg      string // the package's import path
	Category string // the rule ID
	Message  string // the headline
	Detail   string // the related entries, one a line: the narrative first
	Line     int
	Fixes    []Fix // the diagnostic's suggested fixes
}

// Fix is one suggested fix, as byte edits of files.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces bytes [Start, End) of File with New.
type Edit struct {
	File       string
	Start, End int
	New        string
}

// Text is the headline and the related entries, one a line: what a test
// searches for a quoted ORM or database error.
func (f Finding) Text() string {
	if f.Detail == "" {
		return f.Message
	}
	return f.Message + "\n" + f.Detail
}

// Load loads the packages, and their dependencies from source, as the
// standalone relcheck does (internal/load: bodies relcheck never reads are
// dropped; cmd/relcheck's TestTrimmedLoadFindsTheSame holds that to a
// full load); a package that does not load fails the test.
func Load(t testing.TB, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	pkgs, err := load.Packages(&packages.Config{Tests: tests, Env: os.Environ()}, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load %v: %v", patterns, err)
	}
	return pkgs
}

// Analyze runs a on the packages and returns the graph, for facts, and
// the root packages' findings. Every headline must meet relcheck's
// standard (analyzer.HeadlineProblem).
func Analyze(t testing.TB, a *analysis.Analyzer, pkgs []*packages.Package) (*checker.Graph, []Finding) {
	t.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			if msg := analyzer.HeadlineProblem(d); msg != "" {
				t.Errorf("%s: %s", act.Package.PkgPath, msg)
			}
			var detail []string
			for _, r := range d.Related {
				detail = append(detail, r.Message)
			}
			fset := act.Package.Fset
			f := Finding{
				Pkg:      act.Package.PkgPath,
				Category: d.Category,
				Message:  d.Message,
				Detail:   strings.Join(detail, "\n"),
				Line:     fset.Position(d.Pos).Line,
			}
			for _, sf := range d.SuggestedFixes {
				fix := Fix{Message: sf.Message}
				for _, e := range sf.TextEdits {
					start, end := fset.Position(e.Pos), fset.Position(e.End)
					fix.Edits = append(fix.Edits, Edit{File: start.Filename, Start: start.Offset, End: end.Offset, New: string(e.NewText)})
				}
				f.Fixes = append(f.Fixes, fix)
			}
			out = append(out, f)
		}
	}
	return g, out
}

// Messages is the findings' texts (headline and related entries), for
// tests that match on words.
func Messages(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text()
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
