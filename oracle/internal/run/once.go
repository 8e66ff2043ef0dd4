package run

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// memo keeps loads and analyses for the life of a test binary: loading an
// ORM and its dependencies from source costs seconds of CPU, and several
// tests of a package often ask for the same corpus. Loaded packages are
// only read, by go/types and by the checker, so sharing them is safe.
var memo struct {
	sync.Mutex
	loads    map[string][]*packages.Package
	analyses map[analysisKey]analysed
}

type analysisKey struct {
	a    *analysis.Analyzer
	load string
}

type analysed struct {
	graph    *checker.Graph
	findings []Finding
}

// LoadOnce is Load, done once per test binary for the same arguments.
func LoadOnce(t testing.TB, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	memo.Lock()
	defer memo.Unlock() // also when Load fails the test
	return loadLocked(t, tests, patterns)
}

func loadLocked(t testing.TB, tests bool, patterns []string) []*packages.Package {
	t.Helper()
	key := fmt.Sprint(tests, patterns)
	if pkgs, ok := memo.loads[key]; ok {
		return pkgs
	}
	pkgs := Load(t, tests, patterns...)
	if memo.loads == nil {
		memo.loads = map[string][]*packages.Package{}
	}
	memo.loads[key] = pkgs
	return pkgs
}

// AnalyzeOnce is Analyze of a on LoadOnce(tests, patterns...), done once
// per test binary for the same analyzer and arguments. The findings are
// a copy; the graph is shared and must only be read.
func AnalyzeOnce(t testing.TB, a *analysis.Analyzer, tests bool, patterns ...string) (*checker.Graph, []Finding) {
	t.Helper()
	memo.Lock()
	defer memo.Unlock()
	key := analysisKey{a, fmt.Sprint(tests, patterns)}
	r, ok := memo.analyses[key]
	if !ok {
		r.graph, r.findings = Analyze(t, a, loadLocked(t, tests, patterns))
		if memo.analyses == nil {
			memo.analyses = map[analysisKey]analysed{}
		}
		memo.analyses[key] = r
	}
	return r.graph, slices.Clone(r.findings)
}
