package relcheck_test

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck"
	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
)

// The rule registry is the one source of each rule's ID, summary,
// severity and default; the page headers and the README table are
// written from it. `go test . -run Docs -update` rewrites them.
var update = flag.Bool("update", false, "rewrite the rule pages' headers and the README's rule table from the registry")

// Every rule has a page with a wrong and a right example, and every page
// belongs to a rule: the diagnostics' URLs and -explain rely on both.
func TestDocsRulePages(t *testing.T) {
	pages := map[string]bool{}
	entries, err := fs.ReadDir(relcheck.RuleDocs, "docs/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		pages[strings.TrimSuffix(e.Name(), ".md")] = true
	}
	for _, r := range rules.All() {
		b, err := relcheck.RuleDocs.ReadFile("docs/rules/" + r.ID + ".md")
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

// The sample output on each page is short by relcheck's own standard and
// names the page's rule.
func TestDocsSampleHeadlines(t *testing.T) {
	for _, r := range rules.All() {
		b, err := relcheck.RuleDocs.ReadFile("docs/rules/" + r.ID + ".md")
		if err != nil {
			t.Fatal(err)
		}
		_, sample, ok := strings.Cut(string(b), "relcheck reports (indented: the detail, as related information):\n\n```\n")
		sample, _, _ = strings.Cut(sample, "```")
		if !ok || sample == "" {
			t.Errorf("docs/rules/%s.md shows no sample output", r.ID)
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(sample), "\n") {
			if strings.HasPrefix(line, "\t") {
				continue // the detail
			}
			if !strings.HasPrefix(line, r.ID+": ") {
				t.Errorf("docs/rules/%s.md: sample %q is not of its rule", r.ID, line)
			}
			if msg := analyzer.HeadlineProblem(analysis.Diagnostic{Category: r.ID, Message: line}); msg != "" {
				t.Errorf("docs/rules/%s.md: %s", r.ID, msg)
			}
		}
	}
}

var headerLine = regexp.MustCompile(`(?m)^\*\*Severity:\*\*.*$`)

// header is the line under a page's title, from the registry.
func header(r *rules.Rule) string {
	sev := string(r.Severity)
	if r.SeverityNote != "" {
		sev += "; " + r.SeverityNote
	}
	def := "on"
	if r.OptIn {
		def = fmt.Sprintf("off (enable with `-enable=%s`)", r.ID)
	}
	return fmt.Sprintf("**Severity:** %s · **Default:** %s", sev, def)
}

func TestDocsPageHeaders(t *testing.T) {
	for _, r := range rules.All() {
		path := "docs/rules/" + r.ID + ".md"
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got := headerLine.FindString(string(b))
		want := header(r)
		if got == want {
			continue
		}
		if !*update {
			t.Errorf("%s: header %q, the registry says %q (go test . -run Docs -update)", path, got, want)
			continue
		}
		doc := string(b)
		if got == "" {
			doc = strings.Replace(doc, "# "+r.ID+"\n", "# "+r.ID+"\n\n"+want+"\n", 1)
		} else {
			doc = strings.Replace(doc, got, want, 1)
		}
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const tableStart, tableEnd = "<!-- rules table: written by go test . -run Docs -update -->\n", "<!-- end of rules table -->\n"

func table() string {
	var b strings.Builder
	b.WriteString("| ID | severity | default | catches |\n|---|---|---|---|\n")
	for _, r := range rules.All() {
		sev := string(r.Severity)
		if r.SeverityNote != "" {
			sev += " (" + r.SeverityNote + ")"
		}
		def := "on"
		if r.OptIn {
			def = "opt-in"
		}
		fmt.Fprintf(&b, "| [%s](docs/rules/%s.md) | %s | %s | %s |\n", r.ID, r.ID, sev, def, r.Summary)
	}
	return b.String()
}

func TestDocsReadmeTable(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i, j := strings.Index(doc, tableStart), strings.Index(doc, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md has no rules table between %q and %q", tableStart, tableEnd)
	}
	got, want := doc[i+len(tableStart):j], table()
	if got == want {
		return
	}
	if !*update {
		t.Fatalf("README.md's rules table is not the registry's (go test . -run Docs -update):\n%s", want)
	}
	if err := os.WriteFile("README.md", []byte(doc[:i+len(tableStart)]+want+doc[j:]), 0o644); err != nil {
		t.Fatal(err)
	}
}
