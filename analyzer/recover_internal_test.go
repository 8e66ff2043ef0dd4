package analyzer

import (
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/gorm"
	"github.com/relcheck/relcheck/internal/model"
)

// A dialect that panics on one model costs one "internal" diagnostic
// naming that model; the package's other models are still checked.
func TestPanickingDialectIsContained(t *testing.T) {
	saved := available
	defer func() { available = saved }()
	d := *gorm.Dialect
	d.Parse = func(n *types.Named, src dialects.Source) *model.Model {
		if n.Obj().Name() == "User" {
			panic("boom")
		}
		return gorm.Parse(n, src)
	}
	available = []*dialects.Dialect{&d}

	results := analysistest.Run(&quiet{t}, analysistest.TestData(), New(), "fkmissing")
	var internal, others int
	for _, r := range results {
		for _, diag := range r.Diagnostics {
			if diag.Category == "internal" {
				internal++
				if !strings.Contains(diag.Message, "User") || !strings.Contains(diag.Message, "file a bug") {
					t.Errorf("internal diagnostic does not name the model: %s", diag.Message)
				}
			} else {
				others++
			}
		}
	}
	if internal != 1 || others == 0 {
		t.Errorf("got %d internal and %d other diagnostics; want 1 and some", internal, others)
	}
}

// No test input reaches the last line of defence.
func TestNoInternalFindings(t *testing.T) {
	pkgs := []string{"fkmissing", "fktype", "onetoone", "setnull", "cascadeineff", "cascadeconflict", "refsunique",
		"invmismatch", "invambig", "tagsyntax", "fkunindexed", "suppress", "clean", "notmodels", "dto", "noconstraints",
		"hostile/generics", "hostile/shapes", "hostile/bigstruct", "hostile/tags", "hostile/testpkg", "hostile/generated"}
	a := New()
	if err := a.Flags.Set("enable", "all"); err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(&quiet{t}, analysistest.TestData(), a, pkgs...) {
		for _, d := range r.Diagnostics {
			if d.Category == "internal" {
				t.Errorf("%s: %s", r.Pass.Pkg.Path(), d.Message)
			}
		}
	}
}

// quiet drops analysistest's complaints about // want expectations: these
// tests look at categories only (the expectations are checked elsewhere).
type quiet struct{ *testing.T }

func (q *quiet) Errorf(string, ...any) {}

var _ analysis.Fact = (*ModelsFact)(nil)
