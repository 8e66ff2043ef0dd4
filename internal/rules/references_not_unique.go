package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
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
			if f, ok := partialJoinKey(databasesOf(p.Graph, m), m, r); ok {
				p.Report(f)
			}
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
			if referenced == nil {
				continue
			}
			if t := p.Graph.TableOf(referenced); t != nil && r.Kind != model.ManyToMany {
				referencesInSchema(p, r, referenced, t)
				continue
			}
			// The database refuses only a foreign key that exists: without
			// evidence that the ORM creates it, stay silent.
			if referenced.IndexesElsewhere || !r.Constraint || !p.Graph.FKsExist(m) || uniqueKey(referenced, r.References) {
				continue
			}
			fs := fieldsOf(referenced, r.References)
			if len(fs) == 0 {
				continue
			}
			if key, what := compositeOf(referenced, r.References); key != nil {
				// Part of a composite key: unique on one column would be
				// wrong; the join wants the whole key.
				p.Report(Finding{
					Pos: optionPos(r.Tag, "references", r.Pos),
					Message: fmt.Sprintf("%s references only part of %s's composite %s; reference all of it",
						relName(r), referenced.Ref.Name, what),
					Detail: fmt.Sprintf("%s is part of %s (%s): "+
						"%s accepts it, but the database refuses a foreign key to part of a key (SQLite: \"foreign key mismatch\" on every insert, "+
						"PostgreSQL: \"there is no unique constraint matching given keys\"). Join on the whole key: reference all of %s, with a foreign-key column for each.",
						keyList(referenced.Ref, r.References), what, keyList(referenced.Ref, key),
						dialectName(m), keyList(referenced.Ref, key)),
					Related: related(fs[0].Pos, "the referenced column"),
				})
				continue
			}
			f := Finding{
				Pos: optionPos(r.Tag, "references", r.Pos),
				Message: p.fit(fmt.Sprintf("%s references %s, which is not unique; add %s to %s",
					relName(r), keyList(referenced.Ref, r.References), referenced.Vocab.Unique, keyList(referenced.Ref, r.References)),
					fmt.Sprintf("%s references %s, which is not unique; add %s to it",
						relName(r), keyList(referenced.Ref, r.References), referenced.Vocab.Unique),
					fmt.Sprintf("%s references %s, which is not unique", relName(r), keyList(referenced.Ref, r.References))),
				Detail: fmt.Sprintf("It is neither a primary key nor unique: %s accepts it, but the database refuses the foreign key%s. Add %s to %s.",
					dialectName(m), parenthesized(perDatabase(databasesOf(p.Graph, m), refusal)), referenced.Vocab.Unique, keyList(referenced.Ref, r.References)),
				Related: related(fs[0].Pos, "the referenced column"),
			}
			if len(fs) == 1 && p.Graph.IsLocal(referenced.Ref) {
				if e, ok := addOption(fs[0], referenced.Vocab, referenced.Vocab.Unique); ok {
					f.Fixes = []Fix{{Message: "Add " + referenced.Vocab.Unique + " to " + referenced.Ref.Name + "." + fs[0].Name, Edits: []Edit{e}}}
				}
			} else if len(fs) > 1 {
				f.Message = strings.Replace(f.Message, "add "+referenced.Vocab.Unique+" to", "add one composite unique index over", 1)
				f.Detail = strings.Replace(f.Detail, "Add "+referenced.Vocab.Unique+" to", "Add one composite unique index over", 1)
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
	for _, k := range m.UniqueKeys {
		if equalSet(names, k) {
			return true
		}
	}
	if len(names) == 1 {
		if f := m.Field(names[0]); f != nil && (f.Unique || (f.PrimaryKey && len(m.PrimaryKey) == 1)) {
			return true
		}
	}
	return false
}

// compositeOf returns the composite primary or unique key of m that names
// are part of, and what it is, or nil.
func compositeOf(m *model.Model, names []string) ([]string, string) {
	if partOf(names, m.PrimaryKey) {
		return m.PrimaryKey, "primary key"
	}
	for _, k := range m.UniqueKeys {
		if partOf(names, k) {
			return k, "unique key"
		}
	}
	return nil, ""
}

// partOf reports whether names are some, but not all, of key's fields.
func partOf(names, key []string) bool {
	if len(names) == 0 || len(names) >= len(key) {
		return false
	}
	for _, n := range names {
		found := false
		for _, k := range key {
			found = found || n == k
		}
		if !found {
			return false
		}
	}
	return true
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

// partialJoinKey reports a many-to-many whose foreignKey names only part
// of its model's composite primary key. The join table then keeps that
// part alone: every owner sharing it shares one set of associations, and
// the join table's foreign key references a column that is not unique,
// which SQLite and PostgreSQL refuse and MariaDB accepts, since the
// column leads the primary key's index (oracle/gormdb shows each).
func partialJoinKey(dbs []string, m *model.Model, r *model.Relation) (Finding, bool) {
	if r.Kind != model.ManyToMany || !r.ExplicitFK || r.Join == nil || r.Join.Custom || m.IndexesElsewhere ||
		len(m.PrimaryKey) < 2 || len(r.ForeignKey) >= len(m.PrimaryKey) || uniqueKey(m, r.ForeignKey) {
		return Finding{}, false
	}
	pk := map[string]bool{}
	for _, n := range m.PrimaryKey {
		pk[n] = true
	}
	for _, n := range r.ForeignKey {
		if !pk[n] {
			return Finding{}, false
		}
	}
	return Finding{
		Pos: optionPos(r.Tag, "foreignKey", r.Pos),
		Message: fmt.Sprintf("%s: foreignKey:%s is part of the primary key; write foreignKey:%s",
			relName(r), strings.Join(r.ForeignKey, ","), strings.Join(m.PrimaryKey, ",")),
		Detail: fmt.Sprintf("%s's primary key is (%s): the join table %q keeps %s alone, "+
			"so every %s with the same %s shares one set of %s, and where the join table's foreign key exists: %s. "+
			"Name the whole key, foreignKey:%s, or drop foreignKey: so that %s uses the whole primary key.",
			m.Ref.Name, strings.Join(m.PrimaryKey, ", "), r.Join.Table,
			keyList(m.Ref, r.ForeignKey), m.Ref.Name, strings.Join(r.ForeignKey, ", "), r.Name,
			perDatabase(dbs, partialRefusal), strings.Join(m.PrimaryKey, ","), dialectName(m)),
	}, true
}

// referencesInSchema judges a reference by the database: a foreign key the
// migrations create on columns that no full unique constraint covers is
// refused (PostgreSQL), breaks every insert (SQLite) or, on MariaDB, is
// accepted and misbehaves on delete; a partial unique index does not count. Without such a foreign key the database has
// nothing to refuse.
func referencesInSchema(p *Pass, r *model.Relation, referenced *model.Model, t *schema.Table) {
	refCols := model.ColumnsOf(referenced, r.References)
	fk, known := dbForeignKey(p, r)
	if refCols == nil || !known || fk == nil {
		return
	}
	_, holderTable, _ := dbKey(p, r)
	ix := t.UniqueOn(refCols)
	if ix != nil && ix.Where == "" {
		return
	}
	what := "no unique constraint"
	if ix != nil {
		what = "only a partial unique index (" + ix.Name + ", WHERE " + ix.Where + "), which cannot back a foreign key"
	}
	if s := p.Graph.Schema(); s != nil && s.Dialect == "mysql" {
		// The migrations ran: MariaDB took the key because an index
		// covers the columns (oracle/schemadb).
		p.Report(Finding{
			Pos: optionPos(r.Tag, "references", r.Pos),
			Message: fmt.Sprintf("%s references %s, which is not unique; add a unique constraint in a migration",
				relName(r), tableCols(t, refCols)),
			Detail: fmt.Sprintf("The migrations' foreign key %s points at %s, but %s has %s: "+
				"MariaDB accepts a foreign key to an indexed column that is not unique, and deleting one of several %s rows "+
				"that share a value acts on the children another row still matches (observed: ON DELETE CASCADE deleted them). "+
				"Add a unique constraint on %s in a migration.",
				fkName(holderTable, fk), keyList(referenced.Ref, r.References), tableCols(t, refCols), what,
				t.Name, tableCols(t, refCols)),
		})
		return
	}
	p.Report(Finding{
		Pos: optionPos(r.Tag, "references", r.Pos),
		Message: fmt.Sprintf("%s references %s, which is not unique; add a unique constraint in a migration",
			relName(r), tableCols(t, refCols)),
		Detail: fmt.Sprintf("The migrations' foreign key %s points at %s, but %s has %s: "+
			"PostgreSQL refuses the constraint (\"there is no unique constraint matching given keys\"), "+
			"SQLite fails every insert with \"foreign key mismatch\". Add a unique constraint on %s in a migration.",
			fkName(holderTable, fk), keyList(referenced.Ref, r.References), tableCols(t, refCols), what, tableCols(t, refCols)),
	})
}

// refusal is how each database refused the foreign key in the oracle
// (oracle/gormdb, bundb, gopgdb).
func refusal(db string) string {
	switch db {
	case model.SQLite:
		return "every insert fails with \"foreign key mismatch\""
	case model.Postgres:
		return "creating it fails with \"there is no unique constraint matching given keys\""
	case model.MySQL:
		return "creating it fails with errno 150, \"Foreign key constraint is incorrectly formed\""
	}
	return ""
}

// partialRefusal is what each database did with the join table's foreign
// key to part of a composite primary key (oracle/gormdb).
func partialRefusal(db string) string {
	if db == model.MySQL {
		return "it is accepted, the column leading the primary key's index, and nothing stops the sharing"
	}
	return refusal(db)
}
