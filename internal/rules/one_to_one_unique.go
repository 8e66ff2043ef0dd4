package rules

import (
	"fmt"

	"github.com/relcheck/relcheck/internal/model"
)

// OneToOneUnique: a has-one whose foreign key is not unique.
var OneToOneUnique = register(&Rule{
	ID:       "one-to-one-unique",
	Summary:  "a has-one relation's foreign key has no unique constraint, so a second row silently attaches",
	Severity: Error,
	Check:    checkOneToOneUnique,
})

func checkOneToOneUnique(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			// A has-one GORM picked over a belongs-to that would also
			// resolve: which was meant is inverse-ambiguous's to say; a
			// unique index here would entrench the reading not meant.
			if r.Kind != model.HasOne || r.Poly != nil || len(r.ForeignKey) != 1 || r.PassedOver != nil {
				continue
			}
			holder := p.Graph.HolderOf(r)
			if holder == nil {
				continue
			}
			fk := holder.Field(r.ForeignKey[0])
			if fk == nil || holder.IndexesElsewhere || fk.Unique {
				continue
			}
			// The same key also backs a has-many from this model: the
			// author wants many rows, and the has-one reads one of them.
			if sharedWithHasMany(m, r) {
				continue
			}
			f := Finding{
				Pos: r.Pos,
				Message: fmt.Sprintf("%s is one-to-one, but its foreign key %s has no unique index: "+
					"%s accepts a second %s row with the same %s, and which one loads is undefined; add %s to %s.%s",
					relName(r), where(holder, fk.Name, fk.Pos), dialectName(m), holder.Ref.Name, fk.Name,
					holder.Vocab.Unique, holder.Ref.Name, fk.Name),
				Related: related(fk.Pos, "the foreign key "+holder.Ref.Name+"."+fk.Name),
			}
			if p.Graph.IsLocal(holder.Ref) {
				if e, ok := addOption(fk, holder.Vocab, holder.Vocab.Unique); ok {
					f.Fixes = []Fix{{Message: "Add " + holder.Vocab.Unique + " to " + holder.Ref.Name + "." + fk.Name, Edits: []Edit{e}}}
				}
			}
			p.Report(f)
		}
	}
}

func sharedWithHasMany(m *model.Model, r *model.Relation) bool {
	for _, o := range resolved(m) {
		if o.Kind == model.HasMany && o.Target == r.Target && equalNames(o.ForeignKey, r.ForeignKey) {
			return true
		}
	}
	return false
}

func equalNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
