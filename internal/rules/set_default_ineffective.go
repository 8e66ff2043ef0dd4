package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// SetDefaultIneffective: ON DELETE SET DEFAULT that the database does not
// carry out as written.
var SetDefaultIneffective = register(&Rule{
	ID:       "set-default-ineffective",
	Summary:  "ON DELETE SET DEFAULT that the database ignores (InnoDB) or that has no default to set",
	Severity: Error,
	Check:    checkSetDefaultIneffective,
})

func isSetDefault(action string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(action), " "), "SET DEFAULT")
}

func checkSetDefaultIneffective(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			if !r.Constraint || r.Kind == model.ManyToMany || !isSetDefault(r.OnDelete) {
				continue
			}
			holder := p.Graph.HolderOf(r)
			if holder == nil {
				continue
			}
			fks := fieldsOf(holder, r.ForeignKey)
			if len(fks) == 0 {
				continue
			}
			says := perDatabase(databasesOf(p.Graph, m), func(d string) string {
				switch d {
				case model.MySQL:
					return "InnoDB accepts SET DEFAULT but keeps RESTRICT, so deleting a parent that still has rows here fails (Error 1451)"
				case model.Postgres, model.SQLite:
					return noDefault(holder, fks, dialectName(m))
				}
				return ""
			})
			if says == "" {
				continue
			}
			p.Report(Finding{
				Pos: optionPos(r.Tag, "constraint", r.Pos),
				Message: p.fit(fmt.Sprintf("%s: ON DELETE SET DEFAULT does not work here; use CASCADE, RESTRICT, or SET NULL", relName(r)),
					fmt.Sprintf("%s: ON DELETE SET DEFAULT does not work here", relName(r))),
				Detail:  sentence(says) + " Choose CASCADE, RESTRICT, or SET NULL on a key that can hold NULL.",
				Related: related(fks[0].Pos, "the foreign key "+holder.Ref.Name+"."+fks[0].Name),
			})
		}
	}
}

// noDefault says what SET DEFAULT does to keys without a default value:
// the database writes NULL, which a NOT NULL key refuses and a key that
// cannot hold NULL reads back as zero. "" when a key has a default or
// holds NULL fine.
func noDefault(holder *model.Model, fks []*model.Field, orm string) string {
	for _, fk := range fks {
		if fk.Default {
			return ""
		}
	}
	for _, fk := range fks {
		if fk.NotNull {
			return fmt.Sprintf("%s has no default, so the database writes NULL, which NOT NULL refuses: deleting a parent that still has rows here fails", holder.Ref.Name+"."+fk.Name)
		}
	}
	for _, fk := range fks {
		if !fk.Type.Nullable {
			return fmt.Sprintf("%s has no default, so the database writes NULL: %s reads it back as 0, and the next save writes 0 and violates the foreign key", holder.Ref.Name+"."+fk.Name, orm)
		}
	}
	return ""
}
