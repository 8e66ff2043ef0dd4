package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
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
					f.Message = fmt.Sprintf("%s declares %s SET NULL, but %s is NOT NULL: the database rejects the "+
						"parent's delete (or refuses the constraint); drop %s, or choose CASCADE or RESTRICT",
						relName(r), action, where(holder, fk.Name, fk.Pos), drop)
				} else {
					f.Message = fmt.Sprintf("%s declares %s SET NULL, but %s is %s, which cannot hold NULL: "+
						"after the parent goes, %s reads the NULL back as 0, and the next save writes 0 and violates the foreign key; "+
						"make %s.%s a pointer (*%s)",
						relName(r), action, where(holder, fk.Name, fk.Pos), fk.Type.Go, dialectName(m),
						holder.Ref.Name, fk.Name, fk.Type.Go)
					if nz := holder.Vocab.NullZero; nz != "" {
						f.Message += ", or tag it " + nz + " so that a zero key is written as NULL"
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
