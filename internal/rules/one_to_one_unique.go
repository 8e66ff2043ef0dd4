package rules

import (
	"fmt"
	"slices"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// OneToOneUnique: a has-one whose foreign key is not unique.
var OneToOneUnique = register(&Rule{
	ID:           "one-to-one-unique",
	Summary:      "a has-one relation's foreign key has no unique constraint, so a second row silently attaches",
	Severity:     Error,
	SeverityNote: "warning for a unique has-many",
	Check:        checkOneToOneUnique,
})

func checkOneToOneUnique(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			if r.Kind == model.HasMany {
				if f, ok := uniqueHasMany(p.Graph, m, r); ok {
					p.Report(f)
				}
				continue
			}
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
			if fk == nil {
				continue
			}
			if _, t, cols := dbKey(p, r); t != nil && sharedWithHasMany(m, r) == nil {
				oneToOneInSchema(p, r, holder, fk, t, cols)
				continue
			}
			if holder.IndexesElsewhere || fk.Unique {
				continue
			}
			// The same key also backs a has-many from this model: the
			// author wants many rows, and the has-one reads one of them.
			// Fine where the has-one loads by a query of its own (GORM);
			// where it is a JOIN in the parent's query, every further
			// child repeats the parent, unless a condition narrows it.
			if many := sharedWithHasMany(m, r); many != nil {
				if m.Vocab.HasOneJoins && !r.Narrowed {
					p.Report(joinedBesideMany(m, r, many, holder, fk))
				}
				continue
			}
			f := Finding{
				Pos: r.Pos,
				Message: p.fit(
					fmt.Sprintf("%s is one-to-one but %s.%s is not unique; add %s to %s.%s",
						relName(r), holder.Ref.Name, fk.Name, holder.Vocab.Unique, holder.Ref.Name, fk.Name),
					fmt.Sprintf("%s is one-to-one; add %s to %s.%s", relName(r), holder.Vocab.Unique, holder.Ref.Name, fk.Name)),
				Detail: fmt.Sprintf("%s.%s is not unique: %s accepts a second %s row with the same %s, and %s.",
					holder.Ref.Name, fk.Name, dialectName(m), holder.Ref.Name, fk.Name, secondRow(m)),
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

func sharedWithHasMany(m *model.Model, r *model.Relation) *model.Relation {
	for _, o := range resolved(m) {
		if o.Kind == model.HasMany && o.Target == r.Target && slices.Equal(o.ForeignKey, r.ForeignKey) {
			return o
		}
	}
	return nil
}

// joinedBesideMany is the finding for a has-one loaded by JOIN over a key
// that a has-many says is not unique. No edit: a unique index would break
// the has-many.
func joinedBesideMany(m *model.Model, r, many *model.Relation, holder *model.Model, fk *model.Field) Finding {
	narrow := ""
	if c := m.Vocab.JoinCondition; c != "" {
		narrow = ", or narrow it to one row with " + c
	}
	return Finding{
		Pos: r.Pos,
		Message: fmt.Sprintf("%s shares %s.%s with the has-many %s; load the rows through %s",
			relName(r), holder.Ref.Name, fk.Name, relName(many), relName(many)),
		Detail: fmt.Sprintf("The key is not unique: %s loads a has-one with a JOIN in the %s query itself, so each %s "+
			"with two %s rows comes back twice (one row per %s). Load the rows through %s%s.",
			dialectName(m), m.Ref.Name, m.Ref.Name, holder.Ref.Name, holder.Ref.Name, relName(many), narrow),
		Related: related(many.Pos, "the has-many over the same key, "+relName(many)),
	}
}

// secondRow is what a second child row does to a has-one.
func secondRow(m *model.Model) string {
	if m.Vocab.HasOneJoins {
		return "since the has-one is a JOIN in the parent's query, the parent then comes back once per row"
	}
	return "which one loads is undefined"
}

// uniqueHasMany reports a has-many whose foreign key is unique: each
// parent has at most one child, so the slice never holds more than one
// and the relation is really a has-one. A warning: the code may be
// written for a rule it expects to relax.
func uniqueHasMany(g *model.Graph, m *model.Model, r *model.Relation) (Finding, bool) {
	if r.Poly != nil || len(r.ForeignKey) != 1 {
		return Finding{}, false
	}
	holder := g.HolderOf(r)
	if holder == nil {
		return Finding{}, false
	}
	fk := holder.Field(r.ForeignKey[0])
	if fk == nil {
		return Finding{}, false
	}
	unique := fk.Unique || fk.PrimaryKey && len(holder.PrimaryKey) == 1
	if t := g.TableOf(holder); t != nil && fk.Column != "" {
		ix := t.UniqueOn([]string{fk.Column})
		unique = ix != nil && ix.Where == ""
	}
	if !unique {
		return Finding{}, false
	}
	return Finding{
		Pos:      r.Pos,
		Severity: Warning,
		Message: fmt.Sprintf("%s is a has-many but %s.%s is unique; make it a has-one, or drop the unique",
			relName(r), holder.Ref.Name, fk.Name),
		Detail: fmt.Sprintf("Each %s has at most one %s and a second one is refused. If that is meant, declare it as a single %s "+
			"(a has-one); otherwise drop the unique constraint on %s.%s.",
			m.Ref.Name, holder.Ref.Name, holder.Ref.Name, holder.Ref.Name, fk.Name),
		Related: related(fk.Pos, "the unique foreign key "+holder.Ref.Name+"."+fk.Name),
	}, true
}

// oneToOneInSchema judges a has-one by the unique indexes the migrations
// create. A partial unique index leaves the rows outside its predicate
// free to repeat the key. No tag edit can fix the database, so no fix.
func oneToOneInSchema(p *Pass, r *model.Relation, holder *model.Model, fk *model.Field, t *schema.Table, cols []string) {
	ix := t.UniqueOn(cols)
	if ix != nil && ix.Where == "" {
		return
	}
	f := Finding{Pos: r.Pos, Related: related(fk.Pos, "the foreign key "+holder.Ref.Name+"."+fk.Name)}
	if ix == nil {
		f.Message = p.fit(fmt.Sprintf("%s is one-to-one but %s has no unique index; add one in a migration", relName(r), tableCols(t, cols)),
			fmt.Sprintf("%s: no unique index on %s; add one in a migration", relName(r), tableCols(t, cols)))
		f.Detail = fmt.Sprintf("The migrations create no unique index on %s: the database accepts a second %s row "+
			"with the same %s, and %s.", tableCols(t, cols), holder.Ref.Name, fk.Name, secondRow(p.Graph.Model(r.Owner)))
	} else {
		f.Message = fmt.Sprintf("%s: %s is unique only in part; make the index cover every row", relName(r), tableCols(t, cols))
		f.Detail = fmt.Sprintf("%s is %s: rows outside it accept a second %s with the same %s, and %s. "+
			"Make the unique index cover every row, or filter the relation the same way.",
			tableCols(t, cols), partialNote(ix), holder.Ref.Name, fk.Name, secondRow(p.Graph.Model(r.Owner)))
	}
	p.Report(f)
}
