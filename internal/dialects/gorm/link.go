package gorm

import (
	"slices"

	"github.com/relcheck/relcheck/internal/model"
)

// Link makes the decisions GORM takes across models once every relation is
// resolved. GORM builds a belongs-to's constraint only when the referenced
// model has no relation back over the same keys (ParseConstraint): the
// has-one/has-many side then owns the one constraint, and a constraint
// tag on the belongs-to side is dropped.
func Link(g *model.Graph) {
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != model.BelongsTo || r.Unresolved != nil || !r.Constraint {
				continue
			}
			target := g.Model(r.Target)
			if target == nil {
				continue
			}
			for _, back := range target.Relations {
				if back != r && back.Target == m.Ref && back.Unresolved == nil && back.Kind != "" &&
					back.FKSide == model.SideTarget && back.Poly == nil &&
					slices.Equal(back.ForeignKey, r.ForeignKey) && slices.Equal(back.References, r.References) {
					r.Constraint = false
					r.NoConstraint = "GORM builds the one foreign key from " + back.Owner.Name + "." + back.Name
					break
				}
			}
		}
	}
}
