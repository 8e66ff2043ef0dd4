package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// ReferencesNotUnique: references: points at a column that is not unique.
var ReferencesNotUnique = register(&Rule{
	ID:       "references-not-unique",
	Summary:  "a relation references a column with no primary-key or unique constraint; databases reject the foreign key",
	Severity: Error,
	Check:    checkReferencesNotUnique,
})

func checkReferencesNotUnique(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			// PassedOver: the keys look swapped (inverse-ambiguous says so);
			// unique on the "referenced" column would be the wrong fix.
			if !r.ExplicitRefs || r.Poly != nil || r.PassedOver != nil {
				continue
			}
			var referenced *model.Model
			if r.Kind == model.ManyToMany {
				referenced = p.Graph.Model(r.Target)
			} else {
				referenced = p.Graph.ReferencedOf(r)
			}
			if referenced == nil || referenced.IndexesElsewhere || !r.Constraint || uniqueKey(referenced, r.References) {
				continue
			}
			fs := fieldsOf(referenced, r.References)
			if len(fs) == 0 {
				continue
			}
			f := Finding{
				Pos: optionPos(r.Tag, "references", r.Pos),
				Message: fmt.Sprintf("%s references %s, which is neither a primary key nor unique: "+
					"%s accepts it, but the database refuses the foreign key (SQLite: \"foreign key mismatch\" on every insert, "+
					"PostgreSQL: \"there is no unique constraint matching given keys\"); add %s to %s",
					relName(r), keyList(referenced.Ref, r.References), dialectName(m),
					referenced.Vocab.Unique, keyList(referenced.Ref, r.References)),
				Related: related(fs[0].Pos, "the referenced column"),
			}
			if len(fs) == 1 && p.Graph.IsLocal(referenced.Ref) {
				if e, ok := addOption(fs[0], referenced.Vocab, referenced.Vocab.Unique); ok {
					f.Fixes = []Fix{{Message: "Add " + referenced.Vocab.Unique + " to " + referenced.Ref.Name + "." + fs[0].Name, Edits: []Edit{e}}}
				}
			} else if len(fs) > 1 {
				f.Message = strings.Replace(f.Message, "add "+referenced.Vocab.Unique+" to", "add one composite unique index over", 1)
			}
			p.Report(f)
		}
	}
}

// uniqueKey reports whether the named fields are the primary key or a
// single unique column.
func uniqueKey(m *model.Model, names []string) bool {
	if equalSet(names, m.PrimaryKey) {
		return true
	}
	if len(names) == 1 {
		if f := m.Field(names[0]); f != nil && (f.Unique || (f.PrimaryKey && len(m.PrimaryKey) == 1)) {
			return true
		}
	}
	return false
}

func equalSet(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		if seen[x] == 0 {
			return false
		}
		seen[x]--
	}
	return true
}
