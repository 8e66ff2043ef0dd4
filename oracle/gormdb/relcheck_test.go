package gormdb

import (
	"sort"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each model above either shows a data bug or is its fix. relcheck must
// name exactly the bug's rule on the first and stay silent on the second:
// the rule and the database agree.
func TestRelcheckNamesEachBug(t *testing.T) {
	want := map[string]string{ // model -> rule relcheck reports on it ("" for none)
		"O2OUser": "one-to-one-unique", "O2OFixedUser": "",
		"SNParent": "set-null-not-nullable", "SNFixedParent": "",
		"CIParent": "cascade-ineffective", "CIHardParent": "", "CIHardChild": "",
		"CCPost": "cascade-conflict", "CCAgreedPost": "", "CCUser": "", "CCAgreedUser": "",
		"CBPost":  "cascade-ineffective",
		"PolyDog": "cascade-ineffective",
		"RNTeam":  "references-not-unique", "RNFixedTeam": "",
		"RCTask": "references-not-unique", "RCFixedTask": "", "RCProject": "",
		"IMLanguage": "inverse-mismatch", "IMUser": "", "IMAgreedUser": "", "IMAgreedLanguage": "",
		"TMItem": "fk-type-mismatch", "TMFixedItem": "", "TMAccount": "", "TMFixedAccount": "", "TMOrder": "", "TMCoupon": "",
		"DNWritten": "tag-syntax", "DNColon": "tag-syntax", "DNNullable": "",
		"MPUser": "references-not-unique", "MPFixedUser": "", "MPRole": "", "MPFixedRole": "",
	}
	_, fs := run.Analyze(t, analyzer.Analyzer, run.Load(t, true, "."))
	got := map[string][]string{}
	for _, d := range fs {
		msg := strings.TrimPrefix(d.Message, d.Category+": ")
		model, _, _ := strings.Cut(msg, ".")
		if !contains(got[model], d.Category) {
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
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
