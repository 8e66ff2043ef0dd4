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
	type key struct {
		holder model.Ref
		fk     string
	}
	seen := map[key]bool{}
	for _, m := range p.Graph.Local {
		for _, r := range m.Relations {
			if r.Unresolved != nil || r.Kind == "" {
				continue
			}
			holder, referenced := p.Graph.HolderOf(r), p.Graph.ReferencedOf(r)
			if holder == nil || referenced == nil {
				continue
			}
			for i, fkName := range r.ForeignKey {
				if i >= len(r.References) {
					break
				}
				fk, ref := holder.Field(fkName), referenced.Field(r.References[i])
				if fk == nil || ref == nil || model.Compatible(fk.Type.Class, ref.Type.Class) {
					continue
				}
				k := key{holder.Ref, fkName}
				if seen[k] {
					continue
				}
				seen[k] = true
				pos := fk.Pos
				if !p.Graph.IsLocal(holder.Ref) || !pos.IsValid() {
					pos = r.Pos
				}
				p.Report(Finding{
					Pos: pos,
					Message: fmt.Sprintf("%s.%s is %s (%s) but references %s, which is %s (%s), through %s.%s; %s accepts this silently, "+
						"but the values cannot match: a database with the constraint rejects it and joins find nothing; change %s.%s to %s",
						holder.Ref.Name, fk.Name, fk.Type.Go, fk.Type.Class,
						where(referenced, ref.Name, ref.Pos), ref.Type.Go, ref.Type.Class,
						m.Ref.Name, r.Name, dialectName(m),
						holder.Ref.Name, fk.Name, keyType(fk.Type, ref.Type)),
					Related: related(ref.Pos, "the referenced key "+referenced.Ref.Name+"."+ref.Name),
				})
			}
		}
	}
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
		return ref.Go
	case strings.HasPrefix(fk.Go, "*"):
		return "*" + base
	}
	return "a nullable type holding " + base + " (such as *" + base + "), so that it can still be NULL"
}
