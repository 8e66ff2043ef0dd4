// Package buncorpus runs relcheck on the models Bun ships in its own module
// (github.com/uptrace/bun v1.3.0): the migrate package's tables, loaded as
// they are, and the models of Bun's schema tests, read from the module
// cache at test time and lifted into a temporary module (they live in
// _test.go files, mostly inside test functions; lift_test.go). They are
// real, working models, and one that Bun's test expects to fail. relcheck
// must be silent on them, or right, and Bun itself vouches for each
// finding.
package buncorpus

import (
	"encoding/json"
	"go/types"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
	relbun "github.com/relcheck/relcheck/internal/dialects/bun"
	"github.com/relcheck/relcheck/oracle/internal/run"
	"github.com/relcheck/relcheck/oracle/verdict"
)

// The findings relcheck makes on these models, each one true, confirmed
// by Bun below, and explained in its rule's page ("Seen in Bun's own test
// models").
var explained = map[string]string{
	"tableembedwithrelation one-to-one-unique User.Profile": "Profile.UserID has no unique " +
		"constraint; Bun's DDL for profiles has none (TestProfileHasNoUnique), so a second " +
		"profile for a user is accepted",
	"tableembedwithrelation one-to-one-unique Embeded.Profile": "the same relation, " +
		"inherited by Embeded from the User it embeds",
	"tablem2mvalidatesbasejoinpks fk-missing OrderWrap.Items": "Bun panics with the " +
		"message relcheck quotes; Bun's own test asserts that panic (TestBunAgrees)",
}

type finding struct{ pkg, rule, text string }

// reading is relcheck's reading of one model: its table and columns.
type reading struct {
	table   string
	columns []string
}

// corpus is what relcheck and Bun say about every case; the temporary
// module lives only as long as the first test, so all is gathered at once.
type corpus struct {
	cases    []string // sorted, migrate included
	findings []finding
	bun      map[string]map[string]verdict.BunTable // case -> model -> Bun's table
	relcheck map[string]map[string]reading          // case -> model -> relcheck's reading
}

var (
	once   sync.Once
	shared *corpus
)

func get(t *testing.T) *corpus {
	t.Helper()
	once.Do(func() { shared = gather(t) })
	if shared == nil {
		t.Fatal("the corpus was not gathered")
	}
	return shared
}

func gather(t *testing.T) *corpus {
	t.Helper()
	dir, cases := bunTestModule(t)
	c := &corpus{cases: append(slices.Clone(cases), "migrate")}
	sort.Strings(c.cases)
	caseOf := func(path string) string {
		if path == "github.com/uptrace/bun/migrate" {
			return "migrate"
		}
		return strings.TrimPrefix(path, modelsPath)
	}
	var patterns []string
	for _, k := range cases {
		patterns = append(patterns, modelsPath+k)
	}
	patterns = append(patterns, "github.com/uptrace/bun/migrate")
	pkgs := run.LoadIn(t, dir, false, patterns...)
	_, fs := run.Analyze(t, analyzer.Analyzer, pkgs)
	for _, d := range fs {
		c.findings = append(c.findings, finding{caseOf(d.Pkg), d.Category, d.Text()})
	}
	sort.Slice(c.findings, func(i, j int) bool {
		return c.findings[i].pkg+c.findings[i].text < c.findings[j].pkg+c.findings[j].text
	})

	if err := json.Unmarshal(run.GoRun(t, dir, "."), &c.bun); err != nil {
		t.Fatal(err)
	}
	c.relcheck = map[string]map[string]reading{}
	for _, p := range pkgs {
		k := caseOf(p.PkgPath)
		c.relcheck[k] = map[string]reading{}
		for model := range c.bun[k] {
			tn, _ := p.Types.Scope().Lookup(model).(*types.TypeName)
			if tn == nil {
				t.Fatalf("%s: no type %s in %s", k, model, p.Types.Scope().Names())
			}
			rm := relbun.Parse(tn.Type().(*types.Named), nil)
			var cols []string
			for _, f := range rm.Fields {
				cols = append(cols, f.Column)
			}
			sort.Strings(cols)
			c.relcheck[k][model] = reading{rm.Table, cols}
		}
	}
	return c
}

// key names a finding by case, rule and the model and field it starts with.
func (f finding) key() string {
	subject, _, _ := strings.Cut(strings.TrimPrefix(f.text, f.rule+": "), " ")
	subject = strings.TrimSuffix(subject, ":")
	return f.pkg + " " + f.rule + " " + subject
}

func TestBunTestModelsAreCleanOrExplained(t *testing.T) {
	got := get(t).findings
	seen := map[string]bool{}
	for _, f := range got {
		if why, ok := explained[f.key()]; ok {
			seen[f.key()] = true
			t.Logf("explained: %s: %s (%s)", f.pkg, f.text, why)
			continue
		}
		t.Errorf("unexplained finding on Bun's own test models [%s]: %s: %s", f.key(), f.pkg, f.text)
	}
	for k := range explained {
		if !seen[k] {
			t.Errorf("expected finding %q is gone: update the list and the rule page", k)
		}
	}
}

// Bun vouches: a case it panics on has an error-level finding that says
// so, and a case it accepts has none that claims it fails.
func TestBunAgrees(t *testing.T) {
	c := get(t)
	claims := map[string][]string{}
	for _, f := range c.findings {
		if strings.Contains(f.text, "Bun fails at first use") || strings.Contains(f.text, "Bun panics") {
			claims[f.pkg] = append(claims[f.pkg], f.text)
		}
	}
	for _, k := range c.cases {
		if len(c.bun[k]) == 0 {
			t.Errorf("%s: Bun was asked about no model", k)
		}
		panics := map[string]string{}
		for m, tbl := range c.bun[k] {
			if tbl.Panic != "" {
				panics[m] = tbl.Panic
			}
		}
		switch {
		case len(panics) > 0 && len(claims[k]) == 0:
			t.Errorf("%s: Bun panics (%v) but relcheck does not say so", k, panics)
		case len(panics) == 0 && len(claims[k]) > 0:
			t.Errorf("%s: Bun initialises every model, but relcheck says %q", k, claims[k])
		case len(panics) > 0:
			t.Logf("%s: Bun: %v\n\trelcheck: %s", k, panics, strings.Join(claims[k], "\n\trelcheck: "))
		}
	}
}

// relcheck reads each model as Bun does: the same table name and the same
// columns (Bun's Table.Name and FieldMap; relations are not columns).
func TestTablesAndColumnsAgree(t *testing.T) {
	c := get(t)
	for _, k := range c.cases {
		for m, tbl := range c.bun[k] {
			if tbl.Panic != "" {
				continue // TestBunAgrees
			}
			r := c.relcheck[k][m]
			if r.table != tbl.Name || strings.Join(r.columns, ",") != strings.Join(tbl.Columns, ",") {
				t.Errorf("%s.%s: relcheck reads table %q columns %q; Bun %q %q", k, m, r.table, r.columns, tbl.Name, tbl.Columns)
			}
		}
	}
}

// The one-to-one-unique finding is true: Bun creates no unique constraint
// on the has-one's foreign key.
func TestProfileHasNoUnique(t *testing.T) {
	q := get(t).bun["tableembedwithrelation"]["Profile"].DDL
	if !strings.Contains(q, `"user_id"`) || strings.Contains(strings.ToUpper(q), "UNIQUE") {
		t.Errorf("want user_id without a unique constraint: %s", q)
	}
	t.Log(q)
}
