package rules

import (
	"fmt"
)

// checkFlips reports the relations whose foreign key the other side's
// declaration moved (model.Flip), under inverse-mismatch: the action
// fires, so it is not ineffective, but in the direction the pair's
// declarations give, which its names contradict.
func checkFlips(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, fl := range m.Flips {
			r := m.Relation(fl.Relation)
			if r == nil {
				continue
			}
			target := p.Graph.Model(r.Target)
			if target == nil {
				continue
			}
			inv := target.Relation(fl.Inverse)
			f := Finding{Pos: r.Pos,
				Message: p.fit(fmt.Sprintf("%s.%s: ON DELETE %s runs backwards, from %s to %s, as %s.%s is unique; drop that Unique()",
					m.Ref.Name, r.Name, fl.Action, m.Ref.Name, target.Ref.Name, target.Ref.Name, fl.Inverse),
					fmt.Sprintf("%s.%s: ON DELETE %s runs backwards, as %s.%s is unique; drop that Unique()",
						m.Ref.Name, r.Name, fl.Action, target.Ref.Name, fl.Inverse)),
				Detail: fmt.Sprintf("%s. The foreign key is %s.%s, referencing %s: deleting a row of %s runs ON DELETE %s "+
					"on the %s rows pointing at it. If each %s belongs to a %s, %s.",
					fl.Why, target.Table, fl.Column, m.Table, m.Table, fl.Action, target.Table, m.Ref.Name, target.Ref.Name, fl.Fix),
			}
			if inv != nil {
				f.Related = related(inv.Pos, "the inverse, "+relName(inv))
			}
			p.Report(f)
		}
	}
}
