package rules

import "github.com/relcheck/relcheck/internal/model"

// codeFixes converts the fixes a dialect worked out from code (ent's
// builder calls) into the rules' own; the analyzer drops any whose edits
// fall outside the package's files.
func codeFixes(fs []model.Fix) []Fix {
	var out []Fix
	for _, f := range fs {
		if len(f.Edits) == 0 {
			continue
		}
		fix := Fix{Message: f.Message}
		for _, e := range f.Edits {
			fix.Edits = append(fix.Edits, Edit{Pos: e.Pos, End: e.End, New: e.New})
		}
		out = append(out, fix)
	}
	return out
}
