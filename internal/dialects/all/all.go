// Package all lists relcheck's dialects: adding an ORM is one line here.
package all

import (
	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/bun"
	"github.com/relcheck/relcheck/internal/dialects/ent"
	"github.com/relcheck/relcheck/internal/dialects/gopg"
	"github.com/relcheck/relcheck/internal/dialects/gorm"
)

// Dialects in the order they claim a struct that several would.
var Dialects = []*dialects.Dialect{gorm.Dialect, bun.Dialect, gopg.Dialect, ent.Dialect}

// ImportPaths are the ORMs' packages: a file importing one of them (or a
// package below it) may declare or use models.
func ImportPaths() []string {
	var out []string
	for _, d := range Dialects {
		out = append(out, d.ImportPath)
	}
	return out
}
