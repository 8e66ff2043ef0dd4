package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
)

// Relations relcheck can only guess to be inverses: role-named sides stay
// silent, the rest are warnings worded for their ORM; two join tables for
// one many-to-many stay an error.
func TestInverseGuessed(t *testing.T) {
	res := run(t, "precinverse")
	wantLevels(t, res, map[string]rules.Severity{
		"Account.User":  rules.Warning,
		"BunNote.":      rules.Warning,
		"Group.Members": rules.Error,
	})
}

// wantLevels checks the severity the analyzer's result gives each
// diagnostic whose message (after the rule ID) starts with a key.
func wantLevels(t *testing.T, res []*analysistest.Result, want map[string]rules.Severity) {
	t.Helper()
	got := map[string]rules.Severity{}
	for _, r := range res {
		result, ok := r.Result.(*analyzer.Result)
		if !ok {
			t.Fatalf("result is %T, want *analyzer.Result", r.Result)
		}
		for _, d := range r.Diagnostics {
			msg := strings.TrimPrefix(d.Message, d.Category+": ")
			for key := range want {
				if strings.HasPrefix(msg, key) {
					got[key] = rules.Severity(result.Severity(d))
				}
			}
		}
	}
	for key, w := range want {
		if got[key] != w {
			t.Errorf("%s...: severity %q, want %q", key, got[key], w)
		}
	}
}

// Fixes that would do harm are not offered: default null is explained (or
// silent where it changes nothing), jsonb becomes type:jsonb, not json.
func TestHarmlessFixes(t *testing.T) {
	res := runWithFixes(t, "precfixes")
	wantLevels(t, res, map[string]rules.Severity{
		"Counter.Count": rules.Warning,
		"Counter.Size":  rules.Error,
	})
}

// A has-one that Bun or go-pg loads by JOIN beside a has-many over the
// same key repeats the parent (an error, no fix); GORM's separate preload
// does not. A has-many over a unique key is a warning.
func TestHasOneBesideHasMany(t *testing.T) {
	res := runWithFixes(t, "prechasone")
	wantLevels(t, res, map[string]rules.Severity{
		"User.Latest":  rules.Error,
		"Shop.Last":    rules.Error,
		"Author.Shelf": rules.Warning,
	})
}

// go-pg maps a column named like a value-taking option as written and only
// logs a warning: a warning here too. A flag option's name is a mistake.
func TestGoPGOptionNamedColumn(t *testing.T) {
	res := runWithFixes(t, "precgopg")
	wantLevels(t, res, map[string]rules.Severity{
		"Api.ApiType": rules.Warning,
		"Api.Enabled": rules.Error,
	})
}
