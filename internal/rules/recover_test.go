package rules

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/model"
)

// A rule that panics costs one "internal" finding, not the analysis: the
// rules after it still run.
func TestPanickingRuleIsContained(t *testing.T) {
	boom := &Rule{ID: "boom", Check: func(*Pass) { panic("boom") }}
	g := model.NewGraph()
	owner := model.Ref{Pkg: "p", Name: "User"}
	g.Add(&model.Model{Ref: owner, Relations: []*model.Relation{{
		Name: "Company", Owner: owner,
		Unresolved: &model.Unresolved{Reason: "no key", Fatal: true},
	}}}, true)
	var got []Finding
	Run(g, []*Rule{boom, FKMissing}, func(f Finding) { got = append(got, f) })
	if len(got) != 2 {
		t.Fatalf("got %d findings, want the internal one and fk-missing's: %+v", len(got), got)
	}
	if got[0].Rule != "internal" || !strings.Contains(got[0].Message, "boom") || !strings.Contains(got[0].Detail, "file a bug") {
		t.Errorf("first finding: %+v", got[0])
	}
	if got[1].Rule != "fk-missing" {
		t.Errorf("second finding: %+v", got[1])
	}
}
