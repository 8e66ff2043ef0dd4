package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/internal/rules"
	"github.com/relcheck/relcheck/internal/spell"
)

// directivePrefix starts a suppression comment:
//
//	//relcheck:ignore <rule>[,<rule>] <reason>
//
// on a field (same line), on the line above a field, or on a struct type
// (its doc comment or the line above it), where it covers the whole type;
// or on a statement or the line above it, for findings at call sites.
const directivePrefix = "//relcheck:ignore"

// DirectiveCategory is the category of findings about the directives
// themselves: malformed, naming unknown rules, or suppressing nothing.
const DirectiveCategory = "directive"

type directive struct {
	pos        token.Pos
	rules      map[string]bool
	start, end token.Pos // what it covers
	used       bool
}

// directives reads every suppression comment of the package, reporting
// malformed ones at once.
func directives(pass *analysis.Pass, enabled map[string]bool, nodes func() *nodeIndex) []*directive {
	var (
		out     []*directive
		targets map[*token.File]map[int][2]token.Pos
	)
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if !strings.HasPrefix(c.Text, directivePrefix) {
					continue
				}
				rest := strings.TrimPrefix(c.Text, directivePrefix)
				if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue // e.g. //relcheck:ignored: not ours
				}
				if i := strings.Index(rest, "//"); i >= 0 {
					rest = rest[:i] // a further comment after the directive
				}
				fields := strings.Fields(rest)
				if len(fields) == 0 {
					report(pass, c.Pos(), "malformed //relcheck:ignore: name the rules to silence and say why, e.g. //relcheck:ignore one-to-one-unique enforced by a migration")
					continue
				}
				d := &directive{pos: c.Pos(), rules: map[string]bool{}}
				bad := false
				for _, id := range strings.Split(fields[0], ",") {
					if id == "" {
						continue
					}
					if rules.ByID(id) == nil {
						msg := fmt.Sprintf("//relcheck:ignore names unknown rule %q", id)
						if s := spell.Nearest(id, ruleIDs()); s != "" {
							msg += fmt.Sprintf("; did you mean %q?", s)
						}
						pass.Report(analysis.Diagnostic{Pos: c.Pos(), Category: DirectiveCategory, Message: msg,
							Related: []analysis.RelatedInformation{{Pos: c.Pos(), Message: "Valid rules: " + strings.Join(ruleIDs(), ", ") + "."}}})
						bad = true
						continue
					}
					d.rules[id] = true
				}
				if len(fields) < 2 {
					report(pass, c.Pos(), "//relcheck:ignore needs a reason after the rule list, so the next reader knows why the finding is accepted")
					bad = true
				}
				if bad {
					continue
				}
				if targets == nil {
					targets = coverable(pass, nodes())
				}
				line := tf.Line(c.Pos())
				t, ok := targets[tf][line]
				if !ok {
					t, ok = targets[tf][line+1]
				}
				if !ok {
					report(pass, c.Pos(), "//relcheck:ignore must sit on a struct field, a struct type or a statement, or on the line above one")
					continue
				}
				d.start, d.end = t[0], t[1]
				// Only directives for rules that ran can be judged unused.
				for id := range d.rules {
					if !enabled[id] {
						d.used = true
					}
				}
				out = append(out, d)
			}
		}
	}
	return out
}

// coverable maps, in each file, a line to the span a directive on it (or
// just above it) covers: a struct field, a whole struct type declaration,
// or a statement (for findings at call sites).
func coverable(pass *analysis.Pass, nodes *nodeIndex) map[*token.File]map[int][2]token.Pos {
	all := map[*token.File]map[int][2]token.Pos{}
	kinds := []ast.Node{(*ast.GenDecl)(nil), (*ast.TypeSpec)(nil), (*ast.Field)(nil),
		(*ast.ExprStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ReturnStmt)(nil), (*ast.DeclStmt)(nil)}
	nodes.Preorder(kinds, func(n ast.Node) {
		tf := pass.Fset.File(n.Pos())
		if tf == nil {
			return
		}
		m := all[tf]
		if m == nil {
			m = map[int][2]token.Pos{}
			all[tf] = m
		}
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.TYPE && len(n.Specs) == 1 {
				m[tf.Line(n.Pos())] = [2]token.Pos{n.Pos(), n.End()}
			}
		case *ast.TypeSpec:
			if _, ok := n.Type.(*ast.StructType); ok {
				if _, taken := m[tf.Line(n.Pos())]; !taken {
					m[tf.Line(n.Pos())] = [2]token.Pos{n.Pos(), n.End()}
				}
			}
		case *ast.Field:
			m[tf.Line(n.Pos())] = [2]token.Pos{n.Pos(), n.End()}
		case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt, *ast.DeclStmt:
			// A query that names a relation: the outermost statement
			// on the line.
			if _, taken := m[tf.Line(n.Pos())]; !taken {
				m[tf.Line(n.Pos())] = [2]token.Pos{n.Pos(), n.End()}
			}
		}
	})
	return all
}

// suppressed reports whether a directive covers d, marking it used.
func suppressed(ds []*directive, d analysis.Diagnostic) bool {
	hit := false
	for _, x := range ds {
		if x.rules[d.Category] && x.start <= d.Pos && d.Pos < x.end {
			x.used = true
			hit = true
		}
	}
	return hit
}

func report(pass *analysis.Pass, pos token.Pos, msg string) {
	pass.Report(analysis.Diagnostic{Pos: pos, Category: DirectiveCategory, Message: msg})
}
