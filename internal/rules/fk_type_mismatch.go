package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// FKTypeMismatch: a foreign key whose type cannot hold the referenced key.
var FKTypeMismatch = register(&Rule{
	ID:       "fk-type-mismatch",
	Summary:  "a foreign key's type is incompatible with the key it references (integer vs string vs UUID)",
	Severity: Error,
	Check:    checkFKTypeMismatch,
})

func checkFKTypeMismatch(p *Pass) {
	for _, key := range p.Graph.ForeignKeys() {
		holder := key.Holder
	columns:
		for i, fkName := range key.Fields {
			fk := holder.Field(fkName)
			if fk == nil {
				continue
			}
			// The first relation over the key whose reference cannot
			// match reports; the others would say the same.
			for _, r := range key.Relations {
				m, referenced := p.Graph.Model(r.Owner), p.Graph.ReferencedOf(r)
				if m == nil || referenced == nil || i >= len(r.References) {
					continue
				}
				ref := referenced.Field(r.References[i])
				if ref == nil {
					continue
				}
				if f, known := schemaTypes(p, holder, referenced, m, r, fk, ref); known {
					if f != nil {
						p.Report(*f)
						continue columns
					}
					continue
				}
				if model.Compatible(fk.Type.Class, ref.Type.Class, m.Vocab.FKTypeFromKey) {
					continue
				}
				effect := typeMismatchEffect(p.Graph, m, r, fk, ref)
				if effect == "" {
					continue
				}
				pos := fk.Pos
				if !p.Graph.IsLocal(holder.Ref) || !pos.IsValid() {
					pos = r.Pos
				}
				p.Report(Finding{
					Pos: pos,
					Message: p.fit(fmt.Sprintf("%s.%s (%s) references %s.%s (%s); %s",
						holder.Ref.Name, fk.Name, fk.Type.Go, referenced.Ref.Name, ref.Name, ref.Type.Go, keyType(fk.Type, ref.Type)),
						fmt.Sprintf("%s.%s is %s, but its key is %s; %s", holder.Ref.Name, fk.Name, fk.Type.Go, ref.Type.Go, keyType(fk.Type, ref.Type))),
					Detail: fmt.Sprintf("%s.%s is %s (%s) and %s.%s is %s (%s), through %s.%s: %s.",
						holder.Ref.Name, fk.Name, fk.Type.Go, fk.Type.Class, referenced.Ref.Name, ref.Name, ref.Type.Go, ref.Type.Class,
						m.Ref.Name, r.Name, effect),
					Related: related(ref.Pos, "the referenced key "+referenced.Ref.Name+"."+ref.Name),
				})
				continue columns
			}
		}
	}
}

// typeMismatchEffect says what the ORM and each database do with the
// mismatch, in the words the oracle observed (oracle/gormdb, bundb,
// gopgdb), or "" when none of the databases was seen to suffer from it.
func typeMismatchEffect(g *model.Graph, m *model.Model, r *model.Relation, fk, ref *model.Field) string {
	orm, v, dbs := dialectName(m), m.Vocab, databasesOf(g, m)
	switch {
	case v.FKTypeFromKey && fk.Type.Class == model.ClassInt && ref.Type.Class == model.ClassString:
		s := orm + " migrates the column with the key's string type, and the integer field cannot read back a key that is not digits"
		if e := perDatabase(dbs, func(d string) string {
			if d == model.Postgres {
				return "the first insert already fails in the driver (unable to encode 0x7 into text format for varchar)"
			}
			return ""
		}); e != "" {
			s += "; " + e
		}
		return s
	case !v.FKTypeFromKey && fk.Type.Class == model.ClassString && ref.Type.Class == model.ClassInt:
		col := v.StringColumn
		if col == "" {
			col = "text"
		}
		seen := false // some database was observed with this mapping
		e := perDatabase(dbs, func(d string) string {
			seen = seen || d == model.Postgres || d == model.MySQL || d == model.SQLite
			switch d {
			case model.Postgres:
				return "every relation query fails (operator does not exist: " + col + " = integer) and the foreign key cannot be created (cannot be implemented)"
			case model.MySQL:
				return "the foreign key cannot be created (errno: 150 \"Foreign key constraint is incorrectly formed\") and " + orm + " matches no row a has-many loads to its parent"
			case model.SQLite:
				// SQLite compares text with integers, and the
				// constraint holds: only the has-many's matching in
				// Go fails.
				if r.Kind != model.HasMany {
					return ""
				}
				return orm + " matches no row a has-many loads to its parent"
			}
			return ""
		})
		if e == "" && seen {
			return ""
		}
		if e == "" {
			e = "the values cannot match"
		}
		return orm + " gives the column the field's own type, " + col + ", not the key's: " + e
	}
	return orm + " accepts this silently, but the values cannot match: a database with the constraint rejects it and joins find nothing"
}

func related(pos model.Pos, msg string) []Related {
	if !pos.IsValid() {
		return nil
	}
	return []Related{{Pos: pos, Message: msg}}
}

// keyType is the type to give a foreign key that must hold ref's values,
// keeping the key nullable when it was: a pointer stays a pointer, and
// any other nullable wrapper is described rather than replaced.
func keyType(fk, ref model.Type) string {
	base := strings.TrimPrefix(ref.Go, "*")
	switch {
	case !fk.Nullable:
		return "change it to " + ref.Go
	case strings.HasPrefix(fk.Go, "*"):
		return "change it to *" + base
	}
	return "make it a nullable " + base + " like *" + base
}
