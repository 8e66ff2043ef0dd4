package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// SchemaDrift: the models and the migrations' schema disagree on something
// a relation depends on. It speaks only where the package carries a
// schema (relcheck schema).
var SchemaDrift = register(&Rule{
	ID:       "schema-drift",
	Summary:  "the models and the schema their migrations create disagree on a key column, a foreign key, its action or a unique index",
	Severity: Warning,
	Check:    checkSchemaDrift,
})

func checkSchemaDrift(p *Pass) {
	s := p.Graph.Schema()
	if staleGenerated(p) || s == nil || s.Generator != "" {
		return // a generated schema that agrees has nothing more to say
	}
	usesFKs := false
	for _, t := range s.Tables {
		usesFKs = usesFKs || len(t.ForeignKeys) > 0
	}
	for _, m := range p.Graph.Local {
		t := p.Graph.TableOf(m)
		if t == nil {
			if len(resolved(m)) > 0 {
				p.Report(Finding{Pos: m.Pos,
					Message: p.fit(fmt.Sprintf("%s maps to table %s, which no migration creates; create it, or fix the table name", m.Ref.Name, m.Table),
						fmt.Sprintf("%s: no migration creates table %s; create it", m.Ref.Name, m.Table)),
					Detail: "Its relations have no columns to use."})
			}
			continue
		}
		uniqueDrift(p, m, t)
		for _, r := range resolved(m) {
			if r.Kind == model.ManyToMany {
				joinTableDrift(p, r, usesFKs)
				continue
			}
			if missingKeyColumns(p, r) {
				continue
			}
			foreignKeyDrift(p, m, r, usesFKs)
		}
	}
}

// missingKeyColumns reports relation keys whose columns the tables lack.
func missingKeyColumns(p *Pass, r *model.Relation) bool {
	missing := false
	check := func(holder *model.Model, fields []string, what string) {
		t := p.Graph.TableOf(holder)
		if t == nil {
			return
		}
		for _, name := range fields {
			f := holder.Field(name)
			if f == nil || f.Column == "" || t.Column(f.Column) != nil {
				continue
			}
			missing = true
			p.Report(Finding{Pos: r.Pos, Related: related(f.Pos, what+" "+holder.Ref.Name+"."+f.Name),
				Message: p.fit(fmt.Sprintf("%s uses %s.%s, which no migration creates; add the column, or remap %s.%s",
					relName(r), t.Name, f.Column, holder.Ref.Name, f.Name),
					fmt.Sprintf("%s uses %s.%s, which no migration creates; add the column", relName(r), t.Name, f.Column)),
				Detail: fmt.Sprintf("%s %s.%s maps to column %s, but the migrations give table %s no such column: "+
					"every query through the relation fails. Add the column in a migration, or map the field to the column that exists.",
					capital(what), holder.Ref.Name, f.Name, f.Column, t.Name)})
		}
	}
	check(p.Graph.HolderOf(r), r.ForeignKey, "the foreign key")
	if r.Poly == nil {
		check(p.Graph.ReferencedOf(r), r.References, "the referenced key")
	}
	return missing
}

// foreignKeyDrift compares the relation's declared actions with the
// database's foreign key, and reports a foreign key the model relies on
// that the migrations do not create.
func foreignKeyDrift(p *Pass, m *model.Model, r *model.Relation, usesFKs bool) {
	fk, known := dbForeignKey(p, r)
	if !known {
		return
	}
	holder, t, cols := dbKey(p, r)
	pos := optionPos(r.Tag, "constraint", r.Pos)
	declared := r.OnDelete != "" || r.OnUpdate != ""
	if fk == nil {
		// A declared action, or an ORM that would create the key itself
		// in a project whose migrations do create foreign keys: the
		// model relies on one.
		if !declared && !(r.Constraint && usesFKs) {
			return
		}
		detail := fmt.Sprintf("The migrations create no foreign key on %s: nothing stops %s rows pointing at a %s that does not exist (orphans)",
			tableCols(t, cols), holder.Ref.Name, refName(p, r))
		if declared {
			detail += fmt.Sprintf(", and the declared %s never fires", declaredActions(r))
		}
		p.Report(Finding{Pos: pos, Detail: detail + ". Add the foreign key in a migration.",
			Message: p.fit(fmt.Sprintf("%s needs a foreign key on %s that no migration creates; add one", relName(r), tableCols(t, cols)),
				fmt.Sprintf("%s: no migration creates its foreign key (%s); add one", relName(r), strings.Join(cols, ", ")))})
		return
	}
	differs := func(tag, db string) bool {
		tag, db = schema.Action(tag), schema.Action(db)
		if s := p.Graph.Schema(); s != nil && s.Dialect == "mysql" {
			// InnoDB checks NO ACTION at once, as RESTRICT: MariaDB has
			// no deferred constraints (oracle/schemadb).
			tag, db = strings.Replace(tag, "NO ACTION", "RESTRICT", 1), strings.Replace(db, "NO ACTION", "RESTRICT", 1)
		}
		return tag != db
	}
	for _, d := range [][3]string{{"ON DELETE", r.OnDelete, fk.OnDelete}, {"ON UPDATE", r.OnUpdate, fk.OnUpdate}} {
		if d[1] == "" || !differs(d[1], d[2]) {
			continue
		}
		p.Report(Finding{Pos: pos,
			Message: fmt.Sprintf("%s declares %s %s, but the database's foreign key has %s; make them agree",
				relName(r), d[0], schema.Action(d[1]), d[2]),
			Detail: fmt.Sprintf("The migrations' foreign key %s says %s %s: the database's action is the one that runs. "+
				"Change the tag or the migration so they agree.", fkName(t, fk), d[0], d[2])})
	}
}

func refName(p *Pass, r *model.Relation) string {
	if ref := p.Graph.ReferencedOf(r); ref != nil {
		return ref.Ref.Name
	}
	return "row"
}

func declaredActions(r *model.Relation) string {
	switch {
	case r.OnDelete != "" && r.OnUpdate != "":
		return "ON DELETE " + schema.Action(r.OnDelete) + " and ON UPDATE " + schema.Action(r.OnUpdate)
	case r.OnDelete != "":
		return "ON DELETE " + schema.Action(r.OnDelete)
	}
	return "ON UPDATE " + schema.Action(r.OnUpdate)
}

// uniqueDrift reports a field whose tag claims a single-column unique
// index that the migrations do not create (or create only for some rows).
func uniqueDrift(p *Pass, m *model.Model, t *schema.Table) {
	for _, f := range m.Fields {
		if !f.Unique || f.PrimaryKey || f.Column == "" || t.Column(f.Column) == nil {
			continue
		}
		ix := t.UniqueOn([]string{f.Column})
		if ix != nil && ix.Where == "" {
			continue
		}
		what, detail := "no migration makes it so", "No migration creates a unique index on "+t.Name+" ("+f.Column+")"
		if ix != nil {
			what, detail = "its index is partial", "The migrations make it "+partialNote(ix)
		}
		pos := f.Pos
		for _, key := range []string{m.Vocab.Unique, "unique", "uniqueIndex"} {
			if q := optionPos(f.Tag, key, model.Pos{}); q.IsValid() {
				pos = q
				break
			}
		}
		p.Report(Finding{Pos: pos,
			Message: fmt.Sprintf("%s.%s is tagged unique but %s; add a unique index, or drop the tag",
				m.Ref.Name, f.Name, what),
			Detail: detail + ": the database accepts duplicates the tag says cannot exist. " +
				"Add the unique index in a migration, or drop the tag."})
	}
}
