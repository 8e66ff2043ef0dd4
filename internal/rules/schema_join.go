package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// joinTableDrift compares a many-to-many's join table with the schema:
// the table, its two key columns, the unique pair the ORM's inserts rely
// on, and the foreign keys it would create. A join table that is a model
// of its own (Bun's junction) is checked as that model.
func joinTableDrift(p *Pass, r *model.Relation, usesFKs bool) {
	j := r.Join
	if j == nil || j.Custom || j.Table == "" || p.Graph.MapsTable(j.Table) {
		return
	}
	t := p.Graph.Schema().Table(j.Table)
	pos := optionPos(r.Tag, j.Option, r.Pos)
	if t == nil {
		p.Report(Finding{Pos: pos,
			Message: p.fit(fmt.Sprintf("%s: no migration creates join table %s; create it, or name the table that exists", relName(r), j.Table),
				fmt.Sprintf("%s: no migration creates join table %s; create it", relName(r), j.Table)),
			Detail: fmt.Sprintf("The relation's rows live in %s, which the database does not have: "+
				"every query that loads or saves %s fails with \"relation does not exist\" (or \"no such table\").", j.Table, r.Name)})
		return
	}
	missing := false
	for _, c := range append(append([]string{}, j.OwnerColumns...), j.TargetColumns...) {
		if t.Column(c) == nil {
			missing = true
			p.Report(Finding{Pos: pos,
				Message: p.fit(fmt.Sprintf("%s: join table %s has no column %s; add it in a migration, or map the column that exists", relName(r), j.Table, c),
					fmt.Sprintf("%s: join table %s has no column %s; add it in a migration", relName(r), j.Table, c)),
				Detail: fmt.Sprintf("The ORM reads and writes %s.%s for this relation, so every query through %s fails.", j.Table, c, r.Name)})
		}
	}
	if missing || len(j.OwnerColumns) == 0 || len(j.TargetColumns) == 0 {
		return
	}
	m := p.Graph.Model(r.Owner)
	pair := append(append([]string{}, j.OwnerColumns...), j.TargetColumns...)
	if ix := t.UniqueOn(pair); m != nil && m.Vocab.SavesRelations && (ix == nil || ix.Where != "") {
		what, partial := "no unique key", ""
		if ix != nil {
			what, partial = "only a partial unique key", "Its key is "+partialNote(ix)+". "
		}
		p.Report(Finding{Pos: pos,
			Message: p.fit(fmt.Sprintf("%s: join table %s has %s on (%s); make the pair its primary key", relName(r), j.Table, what, strings.Join(pair, ", ")),
				fmt.Sprintf("%s: join table %s has %s; make (%s) its primary key", relName(r), j.Table, what, strings.Join(pair, ", ")),
				fmt.Sprintf("%s: make (%s) the primary key of join table %s", relName(r), strings.Join(pair, ", "), j.Table)),
			Detail: partial + fmt.Sprintf("%s inserts join rows with ON CONFLICT DO NOTHING, which skips a row only when a unique key conflicts. "+
				"Without one, each save of %s adds the pair again, and loading %s returns the same row once per copy "+
				"(observed on SQLite, PostgreSQL and MariaDB).", m.Vocab.ORM, r.Name, r.Name)})
	}
	if !r.Constraint || !(usesFKs || r.OnDelete != "" || r.OnUpdate != "") {
		return
	}
	why := "The ORM would create it, and the migrations create foreign keys elsewhere, so this one is missing: "
	if r.OnDelete != "" || r.OnUpdate != "" {
		why = "The tag declares " + declaredActions(r) + ", which only a foreign key carries out: "
	}
	for _, side := range []struct {
		cols []string
		to   *model.Model
	}{{j.OwnerColumns, m}, {j.TargetColumns, p.Graph.Model(r.Target)}} {
		if t.ForeignKeyOn(side.cols) != nil || side.to == nil {
			continue
		}
		p.Report(Finding{Pos: pos,
			Message: fmt.Sprintf("%s: join table %s has no foreign key on (%s) to %s; add it in a migration",
				relName(r), j.Table, strings.Join(side.cols, ", "), side.to.Table),
			Detail: fmt.Sprintf("%snothing stops join rows that point at a %s that no longer exists (orphans).", why, side.to.Ref.Name)})
	}
}
