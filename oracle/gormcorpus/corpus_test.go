// Package gormcorpus runs relcheck on the models GORM ships for its own
// tests (gorm.io/gorm/utils/tests): real, working models that exercise
// every relation kind GORM has. relcheck must be silent on them, or right.
package gormcorpus

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
	"gorm.io/gorm/schema"
	"gorm.io/gorm/utils/tests"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

const pkg = "gorm.io/gorm/utils/tests"

// Every model in the package, so that GORM itself can vouch for each.
var models = map[string]any{
	"User": &tests.User{}, "Account": &tests.Account{}, "Pet": &tests.Pet{},
	"Toy": &tests.Toy{}, "Tools": &tests.Tools{}, "Company": &tests.Company{},
	"Language": &tests.Language{}, "Coupon": &tests.Coupon{},
	"CouponProduct": &tests.CouponProduct{}, "Order": &tests.Order{},
	"Parent": &tests.Parent{}, "Child": &tests.Child{},
}

// The findings relcheck makes on these models by default, each one true
// and explained in its rule's page ("Seen in GORM's own test models").
var explained = map[string]string{
	"one-to-one-unique User.Account": "Account.UserID has no unique index; " +
		"GORM accepts a second account for a user (oracle/gormdb shows it on the same shape)",
	"inverse-ambiguous Parent.FavChild": "GORM resolves FavChild as has-one through " +
		"Child.ParentID, the key Children uses, and ignores Parent.FavChildID " +
		"(TestFavChildIsHasOne shows schema.Parse doing so)",
}

func TestGORMTestModelsAreCleanOrExplained(t *testing.T) {
	got := findings(t, analyzer.Analyzer)
	seen := map[string]bool{}
	for _, f := range got {
		if why, ok := explained[f.key]; ok {
			seen[f.key] = true
			t.Logf("explained: %s (%s)", f.text, why)
			continue
		}
		t.Errorf("unexplained finding on GORM's own test models: %s", f.text)
	}
	for k := range explained {
		if !seen[k] {
			t.Errorf("expected finding %q is gone: update the list and the rule page", k)
		}
	}
}

// GORM parses every one of these models, so no error about keys that do
// not resolve or do not fit may appear even with every rule enabled.
func TestGORMParsesAllAndRelcheckAgrees(t *testing.T) {
	cache := &sync.Map{}
	for name, m := range models {
		if _, err := schema.Parse(m, cache, schema.NamingStrategy{}); err != nil {
			t.Errorf("GORM fails on its own %s: %v", name, err)
		}
	}
	a := analyzer.New()
	if err := a.Flags.Set("enable", "all"); err != nil {
		t.Fatal(err)
	}
	all := findings(t, a)
	for _, f := range all {
		switch f.rule {
		case "fk-missing", "fk-type-mismatch", "internal":
			t.Errorf("GORM accepts this model: %s", f.text)
		}
	}
	// The list above is the whole package: a struct GORM adds later
	// must be vouched for too.
	p := load(t)[0]
	for _, name := range p.Types.Scope().Names() {
		obj := p.Types.Scope().Lookup(name)
		if !strings.HasSuffix(p.Fset.Position(obj.Pos()).Filename, "models.go") {
			continue // the dummy dialector and helpers
		}
		if _, ok := obj.Type().Underlying().(*types.Struct); ok && models[name] == nil {
			t.Errorf("%s.%s is not in the models list", pkg, name)
		}
	}
}

func TestFavChildIsHasOne(t *testing.T) {
	s, err := schema.Parse(&tests.Parent{}, &sync.Map{}, schema.NamingStrategy{})
	if err != nil {
		t.Fatal(err)
	}
	for name, kind := range map[string]schema.RelationshipType{"FavChild": schema.HasOne, "Children": schema.HasMany} {
		r := s.Relationships.Relations[name]
		if r == nil || r.Type != kind || r.References[0].ForeignKey.Schema.Name != "Child" || r.References[0].ForeignKey.Name != "ParentID" {
			t.Errorf("GORM reads Parent.%s as %+v, want %s through Child.ParentID", name, r, kind)
		}
	}
}

type finding struct{ rule, key, text string }

func findings(t *testing.T, a *analysis.Analyzer) []finding {
	t.Helper()
	_, fs := run.Analyze(t, a, load(t))
	var out []finding
	for _, d := range fs {
		// Messages start "<rule>: <Model>.<Field>...".
		subject, _, _ := strings.Cut(strings.TrimPrefix(d.Message, d.Category+": "), " ")
		subject = strings.TrimSuffix(subject, ":")
		out = append(out, finding{
			rule: d.Category,
			key:  d.Category + " " + subject,
			text: fmt.Sprintf("models.go:%d: %s", d.Line, d.Message),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].text < out[j].text })
	return out
}

func load(t *testing.T) []*packages.Package {
	t.Helper()
	return run.LoadOnce(t, false, pkg)
}
