package rules

import (
	"fmt"
	"strings"
)

// CascadeConflict: the two sides of a pair declare different actions.
var CascadeConflict = register(&Rule{
	ID:       "cascade-conflict",
	Summary:  "the two sides of one foreign key declare different ON DELETE/ON UPDATE actions; one is silently dropped",
	Severity: Error,
	Check:    checkCascadeConflict,
})

func checkCascadeConflict(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			// Report once, from the side whose action is dropped.
			if r.Constraint || (r.OnDelete == "" && r.OnUpdate == "") {
				continue
			}
			for _, inv := range p.Graph.Inverses(r) {
				if !inv.Constraint || (inv.OnDelete == "" && inv.OnUpdate == "") {
					continue
				}
				var diffs []string
				if !sameAction(r.OnDelete, inv.OnDelete) {
					diffs = append(diffs, fmt.Sprintf("ON DELETE %s here but %s there", orNone(r.OnDelete), orNone(inv.OnDelete)))
				}
				if !sameAction(r.OnUpdate, inv.OnUpdate) {
					diffs = append(diffs, fmt.Sprintf("ON UPDATE %s here but %s there", orNone(r.OnUpdate), orNone(inv.OnUpdate)))
				}
				if len(diffs) == 0 {
					continue
				}
				p.Report(Finding{
					Pos: optionPos(r.Tag, "constraint", r.Pos),
					Message: fmt.Sprintf("%s and its inverse %s disagree (%s): %s creates one constraint, from %s, "+
						"and silently drops this side's; make both sides declare the same actions, or declare them only on %s",
						relName(r), relWhere(inv), strings.Join(diffs, "; "), dialectName(m), relName(inv), relName(inv)),
					Related: related(inv.Pos, "the side whose constraint is created"),
				})
			}
		}
	}
}

func sameAction(a, b string) bool {
	norm := func(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), " ")) }
	return norm(a) == norm(b)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
