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
	for _, pair := range p.Graph.Pairs() {
		// Reported on the side whose action is dropped: the one without
		// the constraint, when the other has it.
		r, inv := pair.Local, pair.Other
		if r.Constraint {
			r, inv = inv, r
		}
		if r.Constraint || !inv.Constraint || (r.OnDelete == "" && r.OnUpdate == "") || (inv.OnDelete == "" && inv.OnUpdate == "") {
			continue
		}
		// With the migrations' schema the database holds one action,
		// whatever the tags say; schema-drift names the side that differs.
		if _, known := dbForeignKey(p, inv); known {
			continue
		}
		if !p.Graph.IsLocal(r.Owner) {
			continue // the dropped side belongs to another package
		}
		m := p.Graph.Model(r.Owner)
		if !p.Graph.FKsExist(m) {
			continue // only where the ORM evidently creates the constraint it keeps
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
			Pos:     optionPos(r.Tag, "constraint", r.Pos),
			Message: fmt.Sprintf("%s: actions differ from its inverse %s; declare them only there", relName(r), relName(inv)),
			Detail: fmt.Sprintf("%s: %s creates one constraint, from %s, and silently drops this side's. "+
				"Make both sides declare the same actions, or declare them only on %s.",
				strings.Join(diffs, "; "), dialectName(m), relName(inv), relName(inv)),
			Related: related(inv.Pos, "the side whose constraint is created"),
		})
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
