package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
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
		for _, r := range rs {
			if alt := r.PassedOver; alt != nil {
				if f, ok := passedOver(p, m, r, alt); ok {
					p.Report(f)
				}
			}
		}
		declaredTwice(p, m, rs)
		for i, r := range rs {
			if r.FKSide != model.SideTarget || r.Poly != nil {
				continue
			}
			for _, s := range rs[i+1:] {
				if s.FKSide != model.SideTarget || s.Poly != nil || s.Target != r.Target || s.Kind != r.Kind ||
					!slices.Equal(r.ForeignKey, s.ForeignKey) || !slices.Equal(r.References, s.References) {
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
					Message: fmt.Sprintf("%s and %s both use %s; give each its own key with %s",
						relName(r), relName(s), keyList(holder.Ref, r.ForeignKey), m.Vocab.FKOption),
					Detail: fmt.Sprintf("Both resolve to the foreign key %s, so %s loads the same rows into both. "+
						"Give each its own key with %s, or remove one.", keyList(holder.Ref, r.ForeignKey), dialectName(m), m.Vocab.FKOption),
					Related: related(r.Pos, "the other relation over the same key, "+relName(r)),
				})
			}
		}
	}
}

// declaredTwice reports relations of one model that declare the same
// relation as their inverse (ent's Ref): the ORM pairs that relation with
// one of them only, and both read the same foreign key.
func declaredTwice(p *Pass, m *model.Model, rs []*model.Relation) {
	first := map[model.Ref]map[string]*model.Relation{}
	for _, r := range rs {
		if r.Inverse == "" {
			continue
		}
		if first[r.Target] == nil {
			first[r.Target] = map[string]*model.Relation{}
		}
		prev := first[r.Target][r.Inverse]
		if prev == nil {
			first[r.Target][r.Inverse] = r
			continue
		}
		p.Report(Finding{
			Pos: r.Pos,
			Message: fmt.Sprintf("%s and %s both declare %s.%s as their inverse; remove one",
				relName(prev), relName(r), r.Target.Name, r.Inverse),
			Detail: fmt.Sprintf("%s pairs %s.%s with only one of them, and both read the same foreign key. "+
				"Remove one, or give each its own relation on %s.", dialectName(m), r.Target.Name, r.Inverse, r.Target.Name),
			Related: related(prev.Pos, "the first relation declaring it, "+relName(prev)),
		})
	}
}

// passedOver explains a relation GORM read as has-one where a belongs-to
// would also have resolved. No edit: which was meant is a guess, and a
// unique index on the has-one's key would only entrench the wrong one.
func passedOver(p *Pass, m *model.Model, r *model.Relation, alt *model.Reading) (Finding, bool) {
	g := p.Graph
	holder, other := g.HolderOf(r), g.Model(r.Owner)
	if alt.FKSide == model.SideTarget {
		other = g.Model(r.Target)
	}
	if holder == nil || other == nil {
		return Finding{}, false
	}
	orm, opt := dialectName(m), m.Vocab.FKOption
	has, belongs := keyList(holder.Ref, r.ForeignKey), keyList(other.Ref, alt.ForeignKey)
	f := Finding{Pos: r.Pos}
	switch {
	case alt.Swapped:
		f.Message = p.fit(
			fmt.Sprintf("%s: foreignKey and references look swapped; if so, write foreignKey:%s;references:%s",
				relName(r), strings.Join(r.References, ","), strings.Join(r.ForeignKey, ",")),
			fmt.Sprintf("%s: keys look swapped; if so, write foreignKey:%s;references:%s",
				relName(r), strings.Join(r.References, ","), strings.Join(r.ForeignKey, ",")),
			fmt.Sprintf("%s: keys look swapped; if so, swap foreignKey and references", relName(r)),
			fmt.Sprintf("%s: keys look swapped; if so, swap them", relName(r)))
		f.Detail = fmt.Sprintf("%s reads foreignKey:%s;references:%s as has-one: %s joined to %s. "+
			"The belongs-to through %s is what such a tag usually means.",
			orm, strings.Join(r.ForeignKey, ","), strings.Join(r.References, ","), has, keyList(other.Ref, r.References), belongs)
	case r.ExplicitFK:
		f.Message = p.fit(fmt.Sprintf("%s is read as has-one, ignoring %s; for %s, add belongsTo to the tag", relName(r), belongs, alt.Kind),
			fmt.Sprintf("%s is read as has-one; for %s, add belongsTo to the tag", relName(r), alt.Kind))
		f.Detail = fmt.Sprintf("%s could be has-one through %s or %s through %s; %s reads it as has-one (it tries has-one first, "+
			"and %s has a field of that name too). If %s is meant, add belongsTo to the tag; otherwise remove %s.",
			relName(r), has, alt.Kind, belongs, orm, holder.Ref.Name, alt.Kind, belongs)
	default:
		f.Message = p.fit(fmt.Sprintf("%s is read as has-one, ignoring %s; for %s, write %s%s",
			relName(r), belongs, alt.Kind, opt, strings.Join(alt.ForeignKey, ",")),
			fmt.Sprintf("%s is read as has-one; for %s, write %s%s", relName(r), alt.Kind, opt, strings.Join(alt.ForeignKey, ",")))
		f.Detail = fmt.Sprintf("%s could be has-one through %s or %s through %s; %s silently picks has-one "+
			"(it tries has-one first). If %s is meant, write %s%s; otherwise remove %s.",
			relName(r), has, alt.Kind, belongs, orm, alt.Kind, opt, strings.Join(alt.ForeignKey, ","), belongs)
	}
	return f, true
}
