package run

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
)

// ExpectRules runs relcheck on the test package in the current directory
// and checks that it reports exactly the given rule on each model, and
// nothing on a model mapped to "" (the fixed one) or not listed. It
// returns the findings, for tests that also check the words.
func ExpectRules(t *testing.T, want map[string]string) []Finding {
	t.Helper()
	_, fs := Analyze(t, analyzer.Analyzer, Load(t, true, "."))
	got := map[string][]string{}
	for _, d := range fs {
		msg := strings.TrimPrefix(d.Message, d.Category+": ")
		model, _, _ := strings.Cut(msg, ".")
		if !slices.Contains(got[model], d.Category) {
			got[model] = append(got[model], d.Category)
		}
	}
	for model, rule := range want {
		rs := got[model]
		sort.Strings(rs)
		switch {
		case rule == "" && len(rs) > 0:
			t.Errorf("%s is the fixed model, but relcheck reports %v", model, rs)
		case rule != "" && (len(rs) != 1 || rs[0] != rule):
			t.Errorf("%s: relcheck reports %v, want exactly %s", model, rs, rule)
		}
	}
	for model, rs := range got {
		if _, ok := want[model]; !ok {
			t.Errorf("unexpected findings on %s: %v", model, rs)
		}
	}
	return fs
}
