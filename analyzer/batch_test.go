package analyzer_test

import (
	"fmt"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

// Each analysistest run loads and type-checks its packages' dependencies
// from source, the standard library included: about a second of CPU,
// almost all of it the same for every run. The tests of the default
// analyzer therefore share two runs, one with and one without checking
// suggested fixes against golden files, each over every package of the
// lists below; each test then gets the complaints and results of its own
// packages. A package missing from the lists still works, in a run of
// its own.
var (
	plain = &batch{pkgs: []string{
		"fktype", "cascadeineff", "cascadeconflict", "invambig", "suppress",
		"clean", "notmodels", "dto", "precmodels", "noconstraints",
		"entrels", "entmixin", "entcross", "enthostile", "entgo.io/ent/examples/pets",
		"entgenerated", "entstale", "entflip", "entthrough",
		"notrelations", "bunextend", "fallbackkeys", "twolevel", "localtypes", "bunhasone",
		"fktypebun", "fktypegopg", "fktypedb", "fktypesqlite", "refsdb", "dbdep",
		"setdefault", "setdefaultpg", "noevidence", "factflow/models", "precinverse",
		"schemadrift", "schemahand", "schemabad", "schemainflect", "schematabler", "schemajoin", "schematypes",
		"schematypesmysql", "schematypessqlite", "schematypesbun", "schematypesgopg",
		"hostile/generics", "hostile/shapes", "hostile/bigstruct", "hostile/tags",
		"hostile/testpkg", "hostile/generated", "hostile/typeerrors", "hostile/locals",
	}}
	withFixes = &batch{fixes: true, pkgs: []string{
		"fkmissing", "onetoone", "setnull", "refsunique", "invmismatch", "tagsyntax",
		"bunrels", "gopgrels", "gormcalls", "gormgeneric", "buncalls", "gopgcalls",
		"precfixes", "prechasone", "precgopg", "entfixes",
	}}
)

// run is analysistest.Run of the default analyzer on pkgs.
func run(t *testing.T, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return plain.check(t, pkgs)
}

// runWithFixes is analysistest.RunWithSuggestedFixes of the default
// analyzer on pkgs.
func runWithFixes(t *testing.T, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return withFixes.check(t, pkgs)
}

type batch struct {
	fixes   bool
	pkgs    []string
	once    sync.Once
	errs    []string
	results []*analysistest.Result
}

func (b *batch) check(t *testing.T, pkgs []string) []*analysistest.Result {
	t.Helper()
	for _, p := range pkgs {
		if !contains(b.pkgs, p) {
			t.Logf("%s is in no batch: analysed in a run of its own", p)
			if b.fixes {
				return analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, pkgs...)
			}
			return analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, pkgs...)
		}
	}
	b.once.Do(func() {
		c := &collect{}
		if b.fixes {
			b.results = analysistest.RunWithSuggestedFixes(c, analysistest.TestData(), analyzer.Analyzer, b.pkgs...)
		} else {
			b.results = analysistest.Run(c, analysistest.TestData(), analyzer.Analyzer, b.pkgs...)
		}
		b.errs = c.errs
	})
	for _, e := range b.errs {
		// A complaint that names no file of a batch package (loading,
		// the checker) fails every test of the batch.
		if p := b.owner(e); p == "" || contains(pkgs, p) {
			t.Error(e)
		}
	}
	var out []*analysistest.Result
	for _, r := range b.results {
		if contains(pkgs, strings.TrimSuffix(r.Pass.Pkg.Path(), "_test")) {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		t.Errorf("no result for %v", pkgs)
	}
	return out
}

// goFile finds the first Go file a complaint names: at its start as a
// position relative to testdata/src, or later as a path.
var goFile = regexp.MustCompile(`(?:^|\s)([^\s:]+\.go)\b`)

// owner is the batch package whose file the complaint names first, ""
// if it names none.
func (b *batch) owner(e string) string {
	m := goFile.FindStringSubmatch(e)
	if m == nil {
		return ""
	}
	f := filepath.ToSlash(m[1])
	if i := strings.LastIndex(f, "testdata/src/"); i >= 0 {
		f = f[i+len("testdata/src/"):]
	}
	if p := path.Dir(f); contains(b.pkgs, p) {
		return p
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// collect keeps analysistest's complaints for the tests to share out.
type collect struct {
	mu   sync.Mutex
	errs []string
}

func (c *collect) Errorf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}
