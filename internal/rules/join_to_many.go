package rules

import (
	"fmt"

	"github.com/relcheck/relcheck/internal/model"
)

// JoinToMany: a join that can only load one row per parent, asked for a
// has-many or many-to-many relation.
var JoinToMany = register(&Rule{
	ID:       "join-to-many",
	Summary:  "GORM Joins or InnerJoins on a has-many or many-to-many relation; GORM panics or the query fails, where Preload loads it",
	Severity: Error,
	Check:    checkJoinToMany,
})

func checkJoinToMany(p *Pass) {
	for _, u := range p.Graph.Uses {
		if !u.Read.OneOnly {
			continue
		}
		w := follow(p.Graph, u, u.Path)
		if !w.judged || w.miss >= 0 {
			continue
		}
		for _, r := range w.rels {
			if !toMany(r) {
				continue
			}
			does := u.Read.HasMany
			if r.Kind == model.ManyToMany {
				does = u.Read.ManyToMany
			}
			f := Finding{Pos: u.Pos,
				Message: fmt.Sprintf("%s cannot load %s, %s", call(u), relName(r), kindName(r)),
				Detail:  fmt.Sprintf("%s %s loads only has-one and belongs-to relations and %s.", ormOf(u), u.Method, does)}
			if u.Read.Advice != "" {
				f.Message += "; " + u.Read.Advice
			}
			if u.Read.Caveat != "" {
				f.Detail += " " + sentence(u.Read.Advice+", and "+u.Read.Caveat)
			}
			if u.Read.Instead != "" && u.Args == 1 && u.Name.IsValid() {
				f.Fixes = append(f.Fixes, Fix{Message: fmt.Sprintf("Call %s instead of %s", u.Read.Instead, u.Method),
					Edits: []Edit{{Pos: u.Name, End: u.NameEnd, New: u.Read.Instead}}})
			}
			p.Report(f)
			break
		}
	}
}

func kindName(r *model.Relation) string {
	if r.Kind == model.ManyToMany {
		return "a many-to-many"
	}
	return "a has-many"
}
