// Package rules holds relcheck's checks, one file per rule. A rule reads
// the ORM-neutral model graph and reports findings; it never looks at
// go/types or tags directly, so the same rule serves every ORM.
package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// Severity of a rule's findings.
type Severity string

const (
	Error   Severity = "error"   // the ORM fails, or data goes wrong
	Warning Severity = "warning" // likely wrong, or slow
)

// Rule is one check with a stable ID. The ID is the diagnostic Category,
// the name in -disable/-enable and suppression comments, and the name of
// its page under docs/rules.
type Rule struct {
	ID       string
	Summary  string // one line: relcheck -h, the README table, SARIF
	Severity Severity
	// SeverityNote says which findings differ from Severity, when some
	// do ("error for a many-to-many").
	SeverityNote string
	OptIn        bool // off unless enabled
	Check        func(*Pass)
}

// DocURL is where a rule's page lives.
func (r *Rule) DocURL() string {
	return "https://github.com/relcheck/relcheck/blob/main/docs/rules/" + r.ID + ".md"
}

// MaxHeadline is the longest a finding's headline may be, counted with
// the "rule-id: " the analyzer puts before it.
const MaxHeadline = 120

// fit returns the first of the headline forms, longest and fullest
// first, that fits in MaxHeadline under p's rule; the last if none does.
// Long model names then cost the headline its second mention of a name,
// or the alternative fix, which the Detail still gives.
func (p *Pass) fit(forms ...string) string {
	for _, s := range forms {
		if len([]rune(p.Rule.ID))+2+len([]rune(s)) <= MaxHeadline {
			return s
		}
	}
	return forms[len(forms)-1]
}

// Pass is what a rule sees: the graph, and a way to report.
type Pass struct {
	Graph  *model.Graph
	Rule   *Rule
	Report func(Finding)
}

// Finding is a rule's diagnostic, positioned in model terms; the analyzer
// turns it into an analysis.Diagnostic.
type Finding struct {
	Rule string
	Pos  model.Pos
	// Message is the headline: the field, the problem and the fix, in
	// one or two short imperative sentences (under 120 characters).
	Message string
	// Detail is the narrative behind it: what the ORM and the database
	// were observed to do. Drivers show it as related information at
	// the finding's own position; -explain has the whole page.
	Detail  string
	Related []Related
	Fixes   []Fix
	// Severity overrides the rule's for this finding, when the evidence
	// behind it is stronger or weaker than the rule's usual (a pairing
	// the ORM declares, against one relcheck only guesses). "" means
	// the rule's.
	Severity Severity
}

// Level is the finding's severity: its own, else its rule's. Findings
// of no registered rule ("internal") are errors.
func (f Finding) Level() Severity {
	if f.Severity != "" {
		return f.Severity
	}
	if r := ByID(f.Rule); r != nil {
		return r.Severity
	}
	return Error
}

// Related is another position a finding concerns: the other side of a
// pair, the referenced key.
type Related struct {
	Pos     model.Pos
	Message string
}

// Fix is a suggested fix: exact byte edits.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces bytes [Pos.Offset, End) of Pos.File with New.
type Edit struct {
	Pos model.Pos
	End int
	New string
}

var registry = map[string]*Rule{}

func register(r *Rule) *Rule {
	if _, dup := registry[r.ID]; dup {
		panic("duplicate rule " + r.ID)
	}
	registry[r.ID] = r
	return r
}

// All returns every rule, sorted by ID.
func All() []*Rule {
	var rs []*Rule
	for _, r := range registry {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// ByID returns the rule with that ID, or nil.
func ByID(id string) *Rule { return registry[id] }

// Run runs the given rules over g. A rule that panics is reported as a
// single internal finding instead of taking the whole analysis down.
func Run(g *model.Graph, rs []*Rule, report func(Finding)) {
	settleGenerated(g)
	for _, r := range rs {
		func() {
			defer func() {
				if e := recover(); e != nil {
					pos := model.Pos{}
					if len(g.Local) > 0 {
						pos = g.Local[0].Pos
					}
					report(Finding{Rule: "internal", Pos: pos,
						Message: fmt.Sprintf("relcheck: internal error in rule %s: %v", r.ID, e),
						Detail:  "Please file a bug at https://github.com/relcheck/relcheck/issues with the model that triggers it."})
				}
			}()
			r.Check(&Pass{Graph: g, Rule: r, Report: func(f Finding) {
				f.Rule = r.ID
				report(f)
			}})
		}()
	}
}

// --- helpers shared by rules ---

// optionPos is the position of option i of a tag, or the fallback.
func optionPos(t *model.Tag, key string, fallback model.Pos) model.Pos {
	if t == nil || !t.Pos.IsValid() || !t.Raw {
		return fallback
	}
	o, ok := t.Option(key)
	if !ok {
		return fallback
	}
	return at(t, o.Start)
}

// at is the position of byte off of a raw tag's value.
func at(t *model.Tag, off int) model.Pos {
	p := t.Pos
	p.Offset += off
	p.Col += off // tags sit on one line in practice; fixes use Offset
	return p
}

// replaceIn returns an edit replacing bytes [start,end) of a raw tag value.
func replaceIn(t *model.Tag, start, end int, s string) (Edit, bool) {
	if t == nil || !t.Raw || !t.Pos.IsValid() || start < 0 || end > len(t.Value) || start > end {
		return Edit{}, false
	}
	return Edit{Pos: at(t, start), End: t.Pos.Offset + end, New: s}, true
}

// addOption returns an edit that adds one option to a field's ORM tag,
// creating the tag key or the whole tag literal when missing, and leaving
// every other byte of the tag as it is.
func addOption(f *model.Field, v model.Vocab, opt string) (Edit, bool) {
	if f == nil || v.TagKey == "" || opt == "" {
		return Edit{}, false
	}
	if t := f.Tag; t != nil {
		if !t.Raw || !t.Pos.IsValid() || t.Open {
			return Edit{}, false
		}
		text := v.Lead + opt
		if t.Value != "" {
			text = opt
			if !hasSuffix(t.Value, v.Sep) {
				text = v.Sep + opt
			}
		}
		return replaceIn(t, len(t.Value), len(t.Value), text)
	}
	if !f.Lit.IsValid() {
		return Edit{}, false
	}
	if f.LitLen > 0 {
		if !f.LitRaw || f.LitLen < 2 {
			return Edit{}, false
		}
		end := f.Lit
		end.Offset += f.LitLen - 1 // before the closing backquote
		text := v.TagKey + `:"` + v.Lead + opt + `"`
		if f.LitLen > 2 {
			text = " " + text
		}
		return Edit{Pos: end, End: end.Offset, New: text}, true
	}
	return Edit{Pos: f.Lit, End: f.Lit.Offset, New: " `" + v.TagKey + `:"` + v.Lead + opt + "\"`"}, true
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// fieldsOf returns the named fields of m, or nil if any is missing.
func fieldsOf(m *model.Model, names []string) []*model.Field {
	var out []*model.Field
	for _, n := range names {
		f := m.Field(n)
		if f == nil {
			return nil
		}
		out = append(out, f)
	}
	return out
}

// resolved lists m's relations that the ORM resolved.
func resolved(m *model.Model) []*model.Relation {
	var out []*model.Relation
	for _, r := range m.Relations {
		if r.Unresolved == nil && r.Kind != "" {
			out = append(out, r)
		}
	}
	return out
}

// relName is "User.Posts".
func relName(r *model.Relation) string { return r.Owner.Name + "." + r.Name }

func keyList(holder model.Ref, names []string) string {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += holder.Name + "." + n
	}
	return s
}

// sentence capitalizes s and ends it with a full stop, for details
// pieced together from clauses.
func sentence(s string) string {
	if s == "" {
		return s
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return capital(s)
}

// capital capitalizes s, to start a sentence with a clause; names
// spelled in lower case (go-pg, ent, a tag option) stay as they are.
func capital(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if s == "" || first == "ent" || strings.ContainsAny(first, ":-_.(\"") {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
