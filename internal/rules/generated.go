package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// A schema an ORM's code generator wrote from the models (ent's
// migrate/schema.go) is what the ORM really built: where it agrees with
// relcheck's layout, rules read it like a migrations' schema; where it
// does not, the generation is older than the models, and it is set aside
// before any rule runs (schema-drift says so once).

// settleGenerated compares a generated schema with the models' layout.
func settleGenerated(g *model.Graph) {
	s := g.Schema()
	if s == nil || s.Generator == "" {
		return
	}
	defer func() {
		if recover() != nil {
			g.SetStale(s, nil) // unreadable: set aside, never trusted
		}
	}()
	if d := generatedDrift(g, s); len(d) > 0 {
		g.SetStale(s, d)
	}
}

// generatedDrift lists what the models say that the generated schema
// lacks: tables, columns, NOT NULL, single-column uniqueness, foreign
// keys, their referenced tables and declared actions, join tables. What
// the schema has beyond the models is not compared: it may come from code
// relcheck does not read (ent's own mixins, helpers).
func generatedDrift(g *model.Graph, s *schema.Schema) []model.Drift {
	var out []model.Drift
	var at model.Pos
	add := func(pos model.Pos, format string, args ...any) {
		out = append(out, model.Drift{Pos: pos, Model: at, What: fmt.Sprintf(format, args...)})
	}
	joins := map[string]bool{}
	for _, m := range g.Local {
		at = m.Pos
		t := s.Table(m.Table)
		if t == nil {
			add(m.Pos, "%s: no table %s", m.Ref.Name, m.Table)
			continue
		}
		for _, f := range m.Fields {
			if f.Column == "" {
				continue
			}
			c := t.Column(f.Column)
			switch {
			case c == nil:
				add(f.Pos, "%s.%s: no column %s.%s", m.Ref.Name, f.Name, t.Name, f.Column)
			case c.NotNull != f.NotNull:
				add(f.Pos, "%s.%s: column %s.%s is %s, the code makes it %s", m.Ref.Name, f.Name, t.Name, f.Column, nullWord(c.NotNull), nullWord(f.NotNull))
			case f.Unique && !f.PrimaryKey && t.UniqueOn([]string{f.Column}) == nil:
				add(f.Pos, "%s.%s: column %s.%s is not unique, the code makes it unique", m.Ref.Name, f.Name, t.Name, f.Column)
			}
		}
		if m.Partial {
			continue // an edge relcheck cannot read may change the layout
		}
		for _, r := range resolved(m) {
			if !r.Constraint || r.Poly != nil {
				continue
			}
			if r.Kind == model.ManyToMany {
				if r.Join != nil && !joins[r.Join.Table] {
					joins[r.Join.Table] = true
					if s.Table(r.Join.Table) == nil {
						add(r.Pos, "%s: no join table %s", relName(r), r.Join.Table)
					}
				}
				continue
			}
			holder, ref := g.HolderOf(r), g.ReferencedOf(r)
			if holder == nil || ref == nil || holder.Partial || ref.Partial {
				continue
			}
			ht, cols := s.Table(holder.Table), model.ColumnsOf(holder, r.ForeignKey)
			if ht == nil || cols == nil {
				continue
			}
			fk := ht.ForeignKeyOn(cols)
			switch {
			case fk == nil:
				add(r.Pos, "%s: no foreign key on %s", relName(r), tableCols(ht, cols))
			case !strings.EqualFold(fk.RefTable, ref.Table):
				add(r.Pos, "%s: foreign key %s references %s, the code makes it reference %s", relName(r), fkName(ht, fk), fk.RefTable, ref.Table)
			case r.OnDelete != "" && schema.Action(r.OnDelete) != fk.OnDelete:
				add(r.Pos, "%s: foreign key %s is ON DELETE %s, the code says %s", relName(r), fkName(ht, fk), fk.OnDelete, schema.Action(r.OnDelete))
			}
		}
	}
	return out
}

func nullWord(notNull bool) string {
	if notNull {
		return "NOT NULL"
	}
	return "nullable"
}

// staleGenerated reports a set-aside generated schema once, at the first
// thing it disagrees on, with the rest as related positions.
func staleGenerated(p *Pass) bool {
	s, drift := p.Graph.Stale()
	if s == nil {
		return false
	}
	if len(drift) == 0 {
		return true
	}
	// Positions in this package's files: a mixin of another package
	// puts its fields elsewhere, where nothing can be reported.
	local := map[string]bool{}
	for _, m := range p.Graph.Local {
		local[m.Pos.File] = true
	}
	pos := drift[0].Model
	if local[drift[0].Pos.File] {
		pos = drift[0].Pos
	}
	f := Finding{Pos: pos,
		Message: fmt.Sprintf("the schema %s generated is older than this code (%s): rerun %s, then relcheck-schema", s.Generator, plural(len(drift), "difference"), s.Generator)}
	var lines []string
	for i, d := range drift {
		lines = append(lines, "- "+d.What)
		if i > 0 {
			where := d.Pos
			if !local[where.File] {
				where = d.Model
			}
			f.Related = append(f.Related, related(where, d.What)...)
		}
	}
	f.Detail = fmt.Sprintf("relcheck lays out the tables from the schema code as %s does, and the schema %s last generated "+
		"(read into relcheck_schema.go) differs:\n%s\nThe database gets the generated schema until %s runs again; "+
		"relcheck's other rules read the code and set the generated schema aside.", s.Generator, s.Generator, strings.Join(lines, "\n"), s.Generator)
	p.Report(f)
	return true
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
