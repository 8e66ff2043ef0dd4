package analyzer

import (
	"go/types"

	"github.com/relcheck/relcheck/internal/model"
)

// parts reads the building blocks the package offers other packages'
// models (ent mixins), for its fact.
func (u *unit) parts() []*model.Model {
	var out []*model.Model
	for _, d := range u.order {
		if d.Parts != nil {
			out = append(out, d.Parts(u.pass.Pkg, u.src)...)
		}
	}
	return out
}

// Part finds a building block of an imported package in its fact.
func (s *source) Part(tn *types.TypeName) *model.Model {
	if tn.Pkg() == nil || tn.Pkg() == s.pass.Pkg {
		return nil
	}
	if s.parts == nil {
		s.parts = map[*types.Package]map[string]*model.Model{}
	}
	byName, ok := s.parts[tn.Pkg()]
	if !ok {
		var fact ModelsFact
		if s.pass.ImportPackageFact(tn.Pkg(), &fact) {
			byName = map[string]*model.Model{}
			for _, m := range fact.Parts {
				byName[m.Ref.Name] = m
			}
		}
		s.parts[tn.Pkg()] = byName
	}
	return byName[tn.Name()]
}
