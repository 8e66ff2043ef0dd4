package relcheck

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/rules"
)

// Every rule has a page with a wrong and a right example, and every page
// belongs to a rule: the diagnostics' URLs and -explain rely on both.
func TestRuleDocs(t *testing.T) {
	pages := map[string]bool{}
	entries, err := fs.ReadDir(RuleDocs, "docs/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		pages[strings.TrimSuffix(e.Name(), ".md")] = true
	}
	for _, r := range rules.All() {
		b, err := RuleDocs.ReadFile("docs/rules/" + r.ID + ".md")
		if err != nil {
			t.Errorf("rule %s has no page: %v", r.ID, err)
			continue
		}
		doc := string(b)
		for _, section := range []string{"# " + r.ID + "\n", "## Wrong", "## Right", "## Why it matters", "## Fix"} {
			if !strings.Contains(doc, section) {
				t.Errorf("docs/rules/%s.md lacks %q", r.ID, section)
			}
		}
		delete(pages, r.ID)
	}
	for p := range pages {
		t.Errorf("docs/rules/%s.md documents no rule", p)
	}
}
