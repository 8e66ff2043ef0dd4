package gorm

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// commaTag is a gorm tag written in Bun's or go-pg's grammar
// (gorm:"user_id,notnull"), which GORM reads as one unknown key.
type commaTag struct {
	problem int // index in Model.Problems
	field   string
	words   []string
}

// dropHarmlessCommas removes the finding on a comma tag whose every word
// GORM does anyway: the default column name, JSON's omitempty (no ORM
// option), or primary key, auto increment, not null or unique on the
// field GORM already makes the sole (integer) primary key. Losing such a
// tag changes nothing, so there is nothing to report.
func (p *parser) dropHarmlessCommas() {
	if len(p.commas) == 0 {
		return
	}
	drop := map[int]bool{}
	for _, c := range p.commas {
		f := p.m.Field(c.field)
		if f == nil {
			continue
		}
		harmless := true
		for _, w := range c.words {
			harmless = harmless && p.harmlessWord(f, strings.TrimSpace(w))
		}
		drop[c.problem] = harmless
	}
	kept := p.m.Problems[:0]
	for i, pr := range p.m.Problems {
		if !drop[i] {
			kept = append(kept, pr)
		}
	}
	p.m.Problems = kept
}

func (p *parser) harmlessWord(f *model.Field, w string) bool {
	soleKey := f.PrimaryKey && len(p.m.PrimaryKey) == 1
	if w == f.Column {
		return true
	}
	switch strings.ToLower(w) {
	case "", "omitempty":
		return true
	case "pk", "primarykey", "primary_key", "notnull", "not null", "unique":
		return soleKey
	case "autoincrement", "auto_increment":
		// schema.Parse: the prioritized integer primary key auto-increments.
		return soleKey && f.Type.Class == model.ClassInt
	}
	return false
}
