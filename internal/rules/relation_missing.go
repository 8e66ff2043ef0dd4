package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

// RelationMissing: a query names a relation the model does not have.
var RelationMissing = register(&Rule{
	ID:       "relation-missing",
	Summary:  "a query names a relation (Preload, Joins, Association, Relation) that its model does not have; the ORM fails when the query runs",
	Severity: Error,
	Check:    checkRelationMissing,
})

func checkRelationMissing(p *Pass) {
	for _, u := range p.Graph.Uses {
		w := follow(p.Graph, u, u.Path)
		if !w.judged || w.miss < 0 {
			continue
		}
		m, step := w.on[w.miss], w.steps[w.miss]
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %s has no relation %s", call(u), m.Ref.Name, step)
		if m.Field(step) != nil && w.column == "" {
			fmt.Fprintf(&b, "; %s.%s is a column", m.Ref.Name, step)
		}
		f := Finding{Pos: u.Pos, Detail: fmt.Sprintf("%s %s.", ormOf(u), says(p.Graph, u, w, w.miss))}
		if w.miss > 0 {
			f.Detail = fmt.Sprintf("%s is step %d of the path, reached through %s. ", step, w.miss+1, relName(w.rels[w.miss-1])) + f.Detail
		}
		s := intended(p.Graph, m, step)
		if w.column != "" && s == "" {
			// The path ends in a column: the intended one may be
			// spelled as the ORM names columns.
			for _, fld := range m.Fields {
				if strings.EqualFold(fld.Column, w.column) && fld.Column != "" {
					s = fld.Column
				}
			}
			if s != "" && w.miss < len(w.steps)-1 {
				s = ""
			}
		}
		if s != "" {
			fmt.Fprintf(&b, "; did you mean %q?", s)
			steps := append([]string(nil), w.steps...)
			steps[w.miss] = s
			fixed := strings.Join(steps, ".")
			if again := follow(p.Graph, u, fixed); u.LitEnd > 0 && again.judged && again.miss < 0 {
				f.Fixes = append(f.Fixes, Fix{Message: fmt.Sprintf("Replace %q with %q", u.Path, fixed),
					Edits: []Edit{{Pos: u.Pos, End: u.LitEnd, New: strconv.Quote(fixed)}}})
			}
		}
		if m.Pos.IsValid() {
			f.Related = append(f.Related, Related{Pos: m.Pos, Message: m.Ref.Name + " is declared here"})
		}
		f.Message = b.String()
		p.Report(f)
	}
}

// intended returns the relation of m that name evidently means: the same
// name in another case, the table of the relation's model, or a typo
// away; "" when none or several are.
func intended(g *model.Graph, m *model.Model, name string) string {
	var names []string
	byCase, byTable := "", ""
	nCase, nTable := 0, 0
	for _, r := range m.Relations {
		names = append(names, r.Name)
		if strings.EqualFold(r.Name, name) {
			byCase, nCase = r.Name, nCase+1
		}
		if t := g.Model(r.Target); t != nil && t.Table != "" && strings.EqualFold(t.Table, name) {
			byTable, nTable = r.Name, nTable+1
		}
	}
	switch {
	case nCase == 1:
		return byCase
	case nCase == 0 && nTable == 1:
		return byTable
	case nCase == 0 && nTable == 0:
		return spell.Nearest(name, names)
	}
	return ""
}
