package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// SetNullNotNullable: SET NULL on a key that cannot hold NULL.
var SetNullNotNullable = register(&Rule{
	ID:       "set-null-not-nullable",
	Summary:  "ON DELETE/UPDATE SET NULL on a foreign key that cannot hold NULL",
	Severity: Error,
	Check:    checkSetNullNotNullable,
})

func isSetNull(action string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(action), " "), "SET NULL")
}

func checkSetNullNotNullable(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			if fk, known := dbForeignKey(p, r); known {
				setNullInSchema(p, r, fk)
				continue
			}
			// The action is the database's: without evidence that the
			// foreign key exists, nothing says it will ever fire.
			if !r.Constraint || !p.Graph.FKsExist(m) || r.Kind == model.ManyToMany || (!isSetNull(r.OnDelete) && !isSetNull(r.OnUpdate)) {
				continue
			}
			holder := p.Graph.HolderOf(r)
			if holder == nil {
				continue
			}
			for _, fk := range fieldsOf(holder, r.ForeignKey) {
				if fk.Type.Nullable && !fk.NotNull {
					continue
				}
				action := "ON DELETE"
				if !isSetNull(r.OnDelete) {
					action = "ON UPDATE"
				}
				f := Finding{
					Pos:     optionPos(r.Tag, "constraint", r.Pos),
					Related: related(fk.Pos, "the foreign key "+holder.Ref.Name+"."+fk.Name),
				}
				if fk.NotNull {
					drop := "not null from " + holder.Ref.Name + "." + fk.Name
					if fk.NotNullBy != "" {
						drop = fk.NotNullBy
					}
					f.Message = p.fit(fmt.Sprintf("%s: %s SET NULL on a NOT NULL key; drop %s", relName(r), action, drop),
						fmt.Sprintf("%s: %s SET NULL on a NOT NULL key", relName(r), action))
					f.Detail = fmt.Sprintf("%s.%s is NOT NULL: the database rejects the parent's delete (or refuses the constraint). "+
						"Drop %s, or choose CASCADE or RESTRICT.", holder.Ref.Name, fk.Name, drop)
				} else {
					f.Message = fmt.Sprintf("%s: %s SET NULL, but %s.%s is %s; make it *%s",
						relName(r), action, holder.Ref.Name, fk.Name, fk.Type.Go, fk.Type.Go)
					f.Detail = fmt.Sprintf("%s cannot hold NULL: after the parent goes, %s reads the NULL back as 0, "+
						"and the next save writes 0 and violates the foreign key.", fk.Type.Go, dialectName(m))
					if nz := holder.Vocab.NullZero; nz != "" {
						f.Message = p.fit(f.Message+" or tag it "+nz, f.Message)
						f.Detail += " Tagged " + nz + ", a zero key is written as NULL."
					}
					f.Fixes = setNullFixes(p, holder, fk)
				}
				p.Report(f)
			}
		}
	}
}

// setNullFixes makes the key a pointer, unless the package uses the field
// (a pointer would break that code): then it tags the key nullzero where
// the ORM has it, and offers no edit otherwise; the message names both.
func setNullFixes(p *Pass, holder *model.Model, fk *model.Field) []Fix {
	if !p.Graph.IsLocal(holder.Ref) {
		return nil
	}
	name := holder.Ref.Name + "." + fk.Name
	if !fk.Used && fk.TypePos.IsValid() {
		return []Fix{{Message: "Make " + name + " a pointer",
			Edits: []Edit{{Pos: fk.TypePos, End: fk.TypePos.Offset, New: "*"}}}}
	}
	if nz := holder.Vocab.NullZero; nz != "" {
		if e, ok := addOption(fk, holder.Vocab, nz); ok {
			return []Fix{{Message: "Tag " + name + " " + nz, Edits: []Edit{e}}}
		}
	}
	return nil
}

// setNullInSchema judges the database's own foreign key: its actions and
// its column's NOT NULL come from the migrations, and the Go field still
// decides what the ORM reads back.
func setNullInSchema(p *Pass, r *model.Relation, fk *schema.ForeignKey) {
	if fk == nil || (!isSetNull(fk.OnDelete) && !isSetNull(fk.OnUpdate)) {
		return
	}
	holder, t, cols := dbKey(p, r)
	action := "ON DELETE"
	if !isSetNull(fk.OnDelete) {
		action = "ON UPDATE"
	}
	for i, name := range r.ForeignKey {
		f := holder.Field(name)
		col := t.Column(cols[i])
		if f == nil || col == nil {
			continue
		}
		switch {
		case col.NotNull:
			p.Report(Finding{Pos: f.Pos,
				Message: fmt.Sprintf("%s.%s: %s SET NULL on a NOT NULL column; change one in a migration",
					t.Name, col.Name, action),
				Detail: fmt.Sprintf("The migrations' foreign key %s says %s SET NULL: "+
					"PostgreSQL rejects the parent's delete (\"null value in column ... violates not-null constraint\"). "+
					"Drop NOT NULL from %s.%s, or choose CASCADE or RESTRICT, in a migration.",
					fkName(t, fk), action, t.Name, col.Name)})
		case !f.Type.Nullable:
			p.Report(Finding{Pos: f.Pos,
				Message: fmt.Sprintf("%s.%s is %s, but its foreign key says %s SET NULL; make it *%s",
					holder.Ref.Name, f.Name, f.Type.Go, action, f.Type.Go),
				Detail: fmt.Sprintf("The migrations' foreign key %s says %s SET NULL, but %s cannot hold NULL: "+
					"after the parent goes, the ORM reads the NULL back as 0, and the next save writes 0 and violates the foreign key.",
					fkName(t, fk), action, f.Type.Go)})
		}
	}
}
