package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// FKUnindexed: a foreign key with no index (opt-in).
var FKUnindexed = register(&Rule{
	ID:       "fk-unindexed",
	Summary:  "a foreign key has no index: joins and cascades scan the whole table (PostgreSQL does not index foreign keys)",
	Severity: Warning,
	OptIn:    true,
	Check:    checkFKUnindexed,
})

func checkFKUnindexed(p *Pass) {
	for _, key := range p.Graph.ForeignKeys() {
		holder := key.Holder
		r := firstNonPoly(key.Relations)
		if r == nil || !p.Graph.IsLocal(holder.Ref) {
			continue
		}
		fk := holder.Field(key.Fields[0])
		if _, t, cols := dbKey(p, r); t != nil && fk != nil {
			if !t.IndexedBy(cols) {
				p.Report(Finding{Pos: fk.Pos,
					Message: p.fit(fmt.Sprintf("%s.%s is the foreign key of %s but has no index; add one in a migration",
						holder.Ref.Name, fk.Name, relName(r)),
						fmt.Sprintf("%s.%s is a foreign key with no index; add one in a migration", holder.Ref.Name, fk.Name)),
					Detail: fmt.Sprintf("It is the foreign key of %s. The migrations create no index that starts with %s: every join, preload and cascade on it scans %s.",
						relName(r), strings.Join(cols, ", "), t.Name)})
			}
			continue
		}
		// An ORM with no index tag (Bun, go-pg) creates indexes in
		// code relcheck cannot see: silence beats a guess.
		if fk == nil || holder.IndexesElsewhere || holder.Vocab.Index == "" || fk.Indexed {
			continue
		}
		f := Finding{
			Pos: fk.Pos,
			Message: p.fit(fmt.Sprintf("%s.%s is the foreign key of %s but has no index; add %s",
				holder.Ref.Name, fk.Name, relName(r), holder.Vocab.Index),
				fmt.Sprintf("%s.%s is a foreign key with no index; add %s", holder.Ref.Name, fk.Name, holder.Vocab.Index)),
			Detail: fmt.Sprintf("It is the foreign key of %s. Every join, preload and cascade on it scans %s.", relName(r), holder.Table),
		}
		if e, ok := addOption(fk, holder.Vocab, holder.Vocab.Index); ok {
			f.Fixes = []Fix{{Message: "Add " + holder.Vocab.Index + " to " + holder.Ref.Name + "." + fk.Name, Edits: []Edit{e}}}
		}
		p.Report(f)
	}
}

// firstNonPoly is the first relation over a key that is not polymorphic
// (a polymorphic relation's key is shared by every owner type).
func firstNonPoly(rs []*model.Relation) *model.Relation {
	for _, r := range rs {
		if r.Poly == nil {
			return r
		}
	}
	return nil
}
