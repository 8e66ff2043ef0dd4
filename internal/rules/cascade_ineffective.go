package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// CascadeIneffective: an on-delete/on-update that never fires.
var CascadeIneffective = register(&Rule{
	ID:       "cascade-ineffective",
	Summary:  "an ON DELETE/ON UPDATE action that never fires: soft-deleted parent, or a side the ORM ignores",
	Severity: Warning,
	Check:    checkCascadeIneffective,
})

func checkCascadeIneffective(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, a := range m.StrayActions {
			fix := a.Fix
			if fix == "" {
				fix = "declare that relation, or remove the action"
			}
			if a.Field == "" {
				// Written outside any field: on the schema, or an edge.
				first, _, _ := strings.Cut(fix, ", or ")
				p.Report(Finding{Pos: a.Pos, Message: p.fit(fmt.Sprintf("%s: %s never fires; %s", m.Ref.Name, a.Action, fix),
					fmt.Sprintf("%s: %s never fires; %s", m.Ref.Name, a.Action, first)),
					Detail: "The action never fires: " + a.Why + ".", Fixes: codeFixes(a.Fixes)})
				continue
			}
			f := m.Field(a.Field)
			if f == nil {
				continue
			}
			p.Report(Finding{
				Pos: optionPos(a.Tag, a.Option, f.Pos),
				Message: p.fit(fmt.Sprintf("%s.%s: %s never fires; %s", m.Ref.Name, f.Name, a.Action, fix),
					fmt.Sprintf("%s.%s: %s never fires; %s", m.Ref.Name, f.Name, a.Action, strings.SplitN(fix, ", or ", 2)[0])),
				Detail: "The action never fires: " + a.Why + ".",
			})
		}
		for _, r := range resolved(m) {
			if r.OnDelete == "" && r.OnUpdate == "" {
				continue
			}
			pos := optionPos(r.Tag, "constraint", r.Pos)
			dbFK, known := dbForeignKey(p, r)
			switch {
			case known:
				// The database's own action decides; a tag that differs
				// from it is schema-drift's to report.
				if dbFK == nil || r.OnDelete == "" || !sameAction(r.OnDelete, dbFK.OnDelete) {
					continue
				}
				if !r.Constraint && inverseDeclaresAction(p.Graph, r) {
					continue // one finding per foreign key, on the side the ORM reads
				}
				if parent := p.Graph.ReferencedOf(r); parent != nil && parent.SoftDelete && !p.Graph.HardDeleted(parent) {
					f := softDeleted(p, m, r, parent)
					f.Pos, f.Related = pos, related(parent.Pos, parent.Ref.Name+" is declared here")
					p.Report(f)
				}
			case !r.Constraint:
				if inverseDeclaresAction(p.Graph, r) {
					continue // agreement is fine; disagreement is cascade-conflict
				}
				f := ignoredAction(p, m, r)
				f.Pos, f.Related, f.Fixes = pos, inverseRelated(p.Graph, r), codeFixes(r.ActionFixes)
				p.Report(f)
			case r.OnDelete != "" && r.Kind != model.ManyToMany:
				parent := p.Graph.ReferencedOf(r)
				// Where the code deletes the parent for real, the action
				// fires then; soft deletes keeping the children is the
				// point of soft deletes.
				if parent == nil || !parent.SoftDelete || p.Graph.HardDeleted(parent) {
					continue
				}
				f := softDeleted(p, m, r, parent)
				f.Pos, f.Related = pos, related(parent.Pos, parent.Ref.Name+" is declared here")
				p.Report(f)
			}
		}
	}
}

// ignoredAction explains why an action on a relation with no constraint
// does nothing.
func ignoredAction(p *Pass, m *model.Model, r *model.Relation) Finding {
	g := p.Graph
	action := "ON DELETE " + r.OnDelete
	if r.OnDelete == "" {
		action = "ON UPDATE " + r.OnUpdate
	}
	for _, inv := range g.Inverses(r) {
		if inv.Constraint {
			to := relName(inv)
			if inv.ActionsOn != "" {
				to = inv.ActionsOn
			}
			return Finding{
				Message: p.fit(fmt.Sprintf("%s: %s is dropped; move it to %s, which builds the key", relName(r), action, to),
					fmt.Sprintf("%s: %s is dropped; move it to %s", relName(r), action, to)),
				Detail: fmt.Sprintf("%s builds the foreign key from the other side, %s, which declares no action: "+
					"this one is silently dropped.", dialectName(m), relName(inv)),
			}
		}
	}
	why := r.NoConstraint
	if why == "" {
		why = dialectName(m) + " creates no foreign key for it"
	}
	return Finding{
		Message: p.fit(fmt.Sprintf("%s: %s never fires; remove it, or delete the %s rows yourself", relName(r), action, childName(g, r)),
			fmt.Sprintf("%s: %s never fires; remove it", relName(r), action)),
		Detail: "The action never fires: " + why + ".",
	}
}

func inverseRelated(g *model.Graph, r *model.Relation) []Related {
	var out []Related
	for _, inv := range g.Inverses(r) {
		out = append(out, related(inv.Pos, "the other side, "+relName(inv))...)
	}
	return out
}

func childName(g *model.Graph, r *model.Relation) string {
	if h := g.HolderOf(r); h != nil {
		return h.Ref.Name
	}
	return r.Target.Name
}

func inverseDeclaresAction(g *model.Graph, r *model.Relation) bool {
	for _, inv := range g.Inverses(r) {
		if inv.Constraint && (inv.OnDelete != "" || inv.OnUpdate != "") {
			return true
		}
	}
	return false
}

func softDeleted(p *Pass, m *model.Model, r *model.Relation, parent *model.Model) Finding {
	g := p.Graph
	return Finding{
		Message: p.fit(fmt.Sprintf("%s: %s never fires, as %s is soft-deleted; delete for real, or drop it", relName(r), r.OnDelete, parent.Ref.Name),
			fmt.Sprintf("%s: %s never fires, as %s is soft-deleted", relName(r), r.OnDelete, parent.Ref.Name)),
		Detail: fmt.Sprintf("%s's Delete only marks the row deleted, so the action does not fire and a soft delete leaves "+
			"the %s rows visible; relcheck found no delete of %s past the soft delete. Delete for real (%s), or drop the action.",
			dialectName(m), childName(g, r), parent.Ref.Name, m.Vocab.HardDelete),
	}
}
