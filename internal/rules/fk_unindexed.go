package rules

import "fmt"

// FKUnindexed: a foreign key with no index (opt-in).
var FKUnindexed = register(&Rule{
	ID:       "fk-unindexed",
	Summary:  "a foreign key has no index: joins and cascades scan the whole table (PostgreSQL does not index foreign keys)",
	Severity: Warning,
	OptIn:    true,
	Check:    checkFKUnindexed,
})

func checkFKUnindexed(p *Pass) {
	type key struct{ model, field string }
	seen := map[key]bool{}
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			holder := p.Graph.HolderOf(r)
			if holder == nil || !p.Graph.IsLocal(holder.Ref) || r.Poly != nil || len(r.ForeignKey) == 0 {
				continue
			}
			fk := holder.Field(r.ForeignKey[0])
			k := key{holder.Ref.String(), r.ForeignKey[0]}
			// An ORM with no index tag (Bun, go-pg) creates indexes in
			// code relcheck cannot see: silence beats a guess.
			if fk == nil || holder.IndexesElsewhere || holder.Vocab.Index == "" || fk.Indexed || seen[k] {
				continue
			}
			seen[k] = true
			f := Finding{
				Pos: fk.Pos,
				Message: fmt.Sprintf("%s.%s is the foreign key of %s but has no index: every join, preload and cascade "+
					"on it scans %s; add %s", holder.Ref.Name, fk.Name, relWhere(r), holder.Table, holder.Vocab.Index),
			}
			if e, ok := addOption(fk, holder.Vocab, holder.Vocab.Index); ok {
				f.Fixes = []Fix{{Message: "Add " + holder.Vocab.Index + " to " + holder.Ref.Name + "." + fk.Name, Edits: []Edit{e}}}
			}
			p.Report(f)
		}
	}
}
