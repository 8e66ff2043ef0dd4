package bundb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// relcheck names the repeated parent on the model that has it, and
// nothing on the narrowed one.
func TestRelcheckNamesEachBug(t *testing.T) {
	_, fs := run.Analyze(t, analyzer.Analyzer, run.Load(t, true, "."))
	got := map[string][]string{}
	for _, f := range fs {
		model, _, _ := strings.Cut(strings.TrimPrefix(f.Message, f.Category+": "), ".")
		got[model] = append(got[model], f.Category)
	}
	if rs := got["HOUser"]; len(rs) != 1 || rs[0] != "one-to-one-unique" {
		t.Errorf("HOUser: relcheck reports %v, want one-to-one-unique", rs)
	}
	delete(got, "HOUser")
	for model, rs := range got {
		t.Errorf("unexpected findings on %s: %v", model, rs)
	}
}
