package rules

import (
	"fmt"

	"github.com/relcheck/relcheck/model"
)

// InverseAmbiguous: several relations could be the inverse.
var InverseAmbiguous = register(&Rule{
	ID:       "inverse-ambiguous",
	Summary:  "several relations share one foreign key or could be the inverse, and the ORM silently picks one",
	Severity: Warning,
	Check:    checkInverseAmbiguous,
})

// Two has-many relations of one model over the same foreign key load the
// same rows: one of them was meant to use another key. (A has-many and a
// has-one over one key is legal, and a common way to load "the latest";
// it is not reported.)
func checkInverseAmbiguous(p *Pass) {
	for _, m := range p.Graph.Local {
		rs := resolved(m)
		for i, r := range rs {
			if r.FKSide != model.SideTarget || r.Poly != nil {
				continue
			}
			for _, s := range rs[i+1:] {
				if s.FKSide != model.SideTarget || s.Poly != nil || s.Target != r.Target || s.Kind != r.Kind ||
					!equalNames(r.ForeignKey, s.ForeignKey) || !equalNames(r.References, s.References) {
					continue
				}
				if r.ExplicitFK && s.ExplicitFK {
					continue // both spelled out: deliberate
				}
				holder := p.Graph.HolderOf(r)
				if holder == nil {
					continue
				}
				p.Report(Finding{
					Pos: s.Pos,
					Message: fmt.Sprintf("%s and %s both resolve to the foreign key %s, so %s loads the same rows into both; "+
						"give each its own key with foreignKey:, or remove one",
						relWhere(r), relName(s), keyList(holder.Ref, r.ForeignKey), dialectName(m)),
					Related: related(r.Pos, "the other relation over the same key, "+relName(r)),
				})
			}
		}
	}
}
