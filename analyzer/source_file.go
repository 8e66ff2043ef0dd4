package analyzer

import (
	"go/ast"
	"go/token"
)

// File returns the package file holding p, for dialects whose fixes add
// or remove imports (ent).
func (s *source) File(p token.Pos) *ast.File {
	for _, f := range s.files {
		if f.FileStart <= p && p <= f.FileEnd {
			return f
		}
	}
	return nil
}
