package analyzer

import (
	"go/ast"
	"go/token"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/model"
	"github.com/relcheck/relcheck/rules"
)

// reporter turns rule findings into diagnostics. It reports only at
// positions inside the package's own files, skips generated files, and
// drops duplicates.
type reporter struct {
	pass      *analysis.Pass
	files     map[string]*token.File
	generated map[string]bool
	seen      map[string]bool
	diags     []analysis.Diagnostic
	ignore    []*directive
}

func newReporter(pass *analysis.Pass, enabled []*rules.Rule) *reporter {
	r := &reporter{pass: pass, files: map[string]*token.File{}, generated: map[string]bool{}, seen: map[string]bool{}}
	on := map[string]bool{}
	for _, rule := range enabled {
		on[rule.ID] = true
	}
	r.ignore = directives(pass, on)
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		r.files[tf.Name()] = tf
		if ast.IsGenerated(f) {
			r.generated[tf.Name()] = true
		}
	}
	return r
}

// pos converts a model position to a token.Pos of this package.
func (r *reporter) pos(p model.Pos) token.Pos {
	tf := r.files[p.File]
	if tf == nil || p.Offset < 0 || p.Offset > tf.Size() {
		return token.NoPos
	}
	return tf.Pos(p.Offset)
}

func (r *reporter) add(f rules.Finding) {
	pos := r.pos(f.Pos)
	if !pos.IsValid() || r.generated[f.Pos.File] {
		return
	}
	key := f.Rule + "\x00" + f.Pos.String() + "\x00" + f.Message
	if r.seen[key] {
		return
	}
	r.seen[key] = true
	// The rule ID leads the message: text output has no other place for
	// it, and it is the name a suppression comment needs.
	d := analysis.Diagnostic{Pos: pos, Category: f.Rule, Message: f.Rule + ": " + f.Message}
	if rule := rules.ByID(f.Rule); rule != nil {
		d.URL = rule.DocURL()
	}
	for _, rel := range f.Related {
		if p := r.pos(rel.Pos); p.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: rel.Message})
		}
	}
	for _, fix := range f.Fixes {
		sf := analysis.SuggestedFix{Message: fix.Message}
		ok := true
		for _, e := range fix.Edits {
			start := r.pos(e.Pos)
			end := r.pos(model.Pos{File: e.Pos.File, Offset: e.End})
			if !start.IsValid() || !end.IsValid() {
				ok = false
				break
			}
			sf.TextEdits = append(sf.TextEdits, analysis.TextEdit{Pos: start, End: end, NewText: []byte(e.New)})
		}
		if ok && len(sf.TextEdits) > 0 {
			d.SuggestedFixes = append(d.SuggestedFixes, sf)
		}
	}
	r.diags = append(r.diags, d)
}

func (r *reporter) flush() {
	var kept []analysis.Diagnostic
	for _, d := range r.diags {
		if !suppressed(r.ignore, d) {
			kept = append(kept, d)
		}
	}
	r.diags = kept
	for _, x := range r.ignore {
		if !x.used {
			r.diags = append(r.diags, analysis.Diagnostic{Pos: x.pos, Category: DirectiveCategory,
				Message: "this //relcheck:ignore suppresses nothing; remove it"})
		}
	}
	sort.SliceStable(r.diags, func(i, j int) bool { return r.diags[i].Pos < r.diags[j].Pos })
	for _, d := range r.diags {
		r.pass.Report(d)
	}
}
