package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/relcheck/relcheck"
	"github.com/relcheck/relcheck/internal/rules"
)

// explain prints a rule's page as plain text.
func explain(id string, stdout, stderr io.Writer) int {
	if rules.ByID(id) == nil {
		var ids []string
		for _, r := range rules.All() {
			ids = append(ids, r.ID)
		}
		fmt.Fprintf(stderr, "relcheck: unknown rule %q; valid rules: %s\n", id, strings.Join(ids, ", "))
		return exitError
	}
	b, err := relcheck.RuleDocs.ReadFile("docs/rules/" + id + ".md")
	if err != nil {
		fmt.Fprintln(stderr, "relcheck:", err)
		return exitError
	}
	io.WriteString(stdout, plainText(string(b)))
	return exitClean
}

var (
	mdLink   = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
	mdStrong = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	mdEmph   = regexp.MustCompile(`(^|[\s(])\*([^*\s][^*]*)\*`)
	mdCode   = regexp.MustCompile("`([^`]+)`")
	mdRule   = regexp.MustCompile(`^\|?\s*:?-{3,}`)
)

// plainText renders the Markdown of a rule page for a terminal: headings
// underlined, code blocks indented, inline markup dropped, links to the
// web kept as "text (URL)".
func plainText(md string) string {
	var b, para strings.Builder
	// Inline markup may span lines (a code span broken by the wrap), so
	// a paragraph's lines are rendered together.
	flush := func() {
		b.WriteString(inline(para.String()))
		para.Reset()
	}
	inCode := false
	for _, line := range strings.Split(strings.TrimRight(md, "\n"), "\n") {
		switch {
		case strings.HasPrefix(strings.TrimSpace(line), "```"):
			flush()
			inCode = !inCode
		case inCode:
			b.WriteString("    " + strings.ReplaceAll(line, "\t", "    ") + "\n")
		case strings.HasPrefix(line, "#"):
			flush()
			level := len(line) - len(strings.TrimLeft(line, "#"))
			title := inline(strings.TrimSpace(line[level:]))
			mark := "-"
			if level == 1 {
				mark = "="
			}
			b.WriteString(title + "\n" + strings.Repeat(mark, len([]rune(title))) + "\n")
		case strings.HasPrefix(line, "|"):
			flush()
			if mdRule.MatchString(line) {
				continue
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
			for i, c := range cells {
				cells[i] = inline(strings.TrimSpace(c))
			}
			b.WriteString("  " + strings.Join(cells, "  |  ") + "\n")
		case strings.TrimSpace(line) == "":
			flush()
			b.WriteString("\n")
		default:
			para.WriteString(line + "\n")
		}
	}
	flush()
	return b.String()
}

func inline(s string) string {
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		p := mdLink.FindStringSubmatch(m)
		if strings.HasPrefix(p[2], "http") {
			return p[1] + " (" + p[2] + ")"
		}
		return p[1]
	})
	s = mdStrong.ReplaceAllString(s, "$1")
	s = mdEmph.ReplaceAllString(s, "$1$2")
	return mdCode.ReplaceAllString(s, "$1")
}
