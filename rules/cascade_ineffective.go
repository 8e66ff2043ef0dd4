package rules

import (
	"fmt"

	"github.com/relcheck/relcheck/model"
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
		for _, r := range resolved(m) {
			if r.OnDelete == "" && r.OnUpdate == "" {
				continue
			}
			pos := optionPos(r.Tag, "constraint", r.Pos)
			switch {
			case !r.Constraint:
				if inverseDeclaresAction(p.Graph, r) {
					continue // agreement is fine; disagreement is cascade-conflict
				}
				p.Report(Finding{Pos: pos, Message: ignoredAction(p.Graph, m, r), Related: inverseRelated(p.Graph, r)})
			case r.OnDelete != "" && r.Kind != model.ManyToMany:
				parent := p.Graph.ReferencedOf(r)
				if parent == nil || !parent.SoftDelete {
					continue
				}
				p.Report(Finding{
					Pos: pos,
					Message: fmt.Sprintf("%s declares ON DELETE %s, but %s is soft-deleted (it has a DeletedAt field): "+
						"%s's Delete only sets deleted_at, so the database never deletes the row and the action never fires; "+
						"the %s rows stay visible. Delete with Unscoped() (a hard delete), delete the children in the same "+
						"transaction (Select(clause.Associations)), or drop the action",
						relName(r), r.OnDelete, parent.Ref.Name, dialectName(m), childName(p.Graph, r)),
					Related: related(parent.Pos, parent.Ref.Name+" is declared here"),
				})
			}
		}
	}
}

// ignoredAction explains why an action on a relation with no constraint
// does nothing.
func ignoredAction(g *model.Graph, m *model.Model, r *model.Relation) string {
	action := "ON DELETE " + r.OnDelete
	if r.OnDelete == "" {
		action = "ON UPDATE " + r.OnUpdate
	}
	switch {
	case r.Poly != nil:
		return fmt.Sprintf("%s declares %s, but it is polymorphic: %s creates no foreign key for a polymorphic relation "+
			"(one column points at several tables), so the action never fires; delete the %s rows yourself, or drop the action",
			relName(r), action, dialectName(m), r.Target.Name)
	case r.Enforcement == model.EnforceNone:
		return fmt.Sprintf("%s declares %s, but no foreign-key constraint is created for it (constraint:-, "+
			"DisableForeignKeyConstraintWhenMigrating, or -fk-constraints=false), so nothing ever carries the action out; "+
			"remove it, or delete the %s rows yourself", relName(r), action, childName(g, r))
	}
	if inv := g.Inverses(r); len(inv) > 0 {
		return fmt.Sprintf("%s declares %s, but %s builds the foreign key from the other side, %s, which declares no action: "+
			"this one is silently dropped; move the constraint to %s",
			relName(r), action, dialectName(m), relWhere(inv[0]), relName(inv[0]))
	}
	return fmt.Sprintf("%s declares %s, but %s ignores actions on this side; move it to the side that holds the constraint",
		relName(r), action, dialectName(m))
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
