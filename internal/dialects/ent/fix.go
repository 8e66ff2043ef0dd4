package ent

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// Fixes edit builder calls, so the reader records where each chain sits
// (model.Chain) and how its file imports entsql; Link decides the edits
// once it knows which edge ent reads an action from.

// fileSource is implemented by sources that can hand over the file a
// position is in, for fixes that add or remove an import.
type fileSource interface {
	File(token.Pos) *ast.File
}

// constNames are entsql's names for the actions.
var constNames = map[string]string{
	"NO ACTION": "NoAction", "RESTRICT": "Restrict", "CASCADE": "Cascade",
	"SET NULL": "SetNull", "SET DEFAULT": "SetDefault",
}

func constName(action string) (string, bool) {
	n, ok := constNames[strings.ToUpper(strings.Join(strings.Fields(action), " "))]
	return n, ok
}

func (r *reader) pos(p token.Pos) model.Pos { return dialects.Pos(r.src, p) }

func (r *reader) off(p token.Pos) int { return r.pos(p).Offset }

// imports describes how the file holding p imports entsql; nil when the
// source cannot hand over files.
func (r *reader) imports(p token.Pos) *model.FileImports {
	fs, ok := r.src.(fileSource)
	if !ok {
		return nil
	}
	f := fs.File(p)
	if f == nil {
		return nil
	}
	if fi, ok := r.files[f]; ok {
		return fi
	}
	fi := &model.FileImports{}
	var pn *types.PkgName
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		switch {
		case gd.Lparen.IsValid() && !fi.Paren:
			fi.At, fi.Paren = r.pos(gd.Lparen+1), true
			sortedAt(fi, gd, r.pos)
		case !fi.At.IsValid():
			fi.At = r.pos(gd.Pos())
		}
		for i, s := range gd.Specs {
			spec := s.(*ast.ImportSpec)
			if path, _ := strconv.Unquote(spec.Path.Value); path != entsqlPkg {
				continue
			}
			p := r.info.PkgNameOf(spec)
			if p == nil || pn != nil || p.Name() == "_" || p.Name() == "." {
				fi.Blocked = true
				continue
			}
			pn, fi.Name = p, p.Name()
			// The spec with its line: from the end of the one before.
			from, to := spec.Pos(), spec.End()
			switch {
			case i > 0:
				from = gd.Specs[i-1].End()
			case len(gd.Specs) > 1:
				to = gd.Specs[1].Pos()
			}
			if r.commentedIn(f, from, to) {
				from, to = spec.Pos(), spec.End()
			}
			fi.Spec, fi.SpecEnd = r.pos(from), r.off(to)
			if !gd.Lparen.IsValid() {
				fi.Spec, fi.SpecEnd = r.pos(gd.Pos()), r.off(gd.End())
			}
		}
	}
	if pn != nil {
		fi.Uses = r.uses(f, pn)
	}
	if r.files == nil {
		r.files = map[*ast.File]*model.FileImports{}
	}
	r.files[f] = fi
	return fi
}

// uses counts the identifiers under n that refer to pn.
func (r *reader) uses(n ast.Node, pn *types.PkgName) int {
	count := 0
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && r.info.Uses[id] == pn {
			count++
		}
		return true
	})
	return count
}

// usesIn counts the uses of the file's entsql name in [from, to).
func (r *reader) usesIn(args []ast.Expr, from, to token.Pos) int {
	count := 0
	for _, a := range args {
		ast.Inspect(a, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || id.Pos() < from || id.End() > to {
				return true
			}
			if pn, ok := r.info.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == entsqlPkg {
				count++
			}
			return true
		})
	}
	return count
}

// segment records where one relation's calls of a builder chain sit:
// where another call goes, its Annotations call, and the span that
// removes its OnDelete annotation.
func (r *reader) segment(seg []step) *model.Chain {
	last := seg[len(seg)-1].call
	c := &model.Chain{End: r.pos(last.End()), File: r.imports(last.Pos())}
	found := 0
	for i, s := range seg {
		if i == 0 || s.name != "Annotations" {
			continue
		}
		args := s.call.Args
		switch {
		case s.call.Ellipsis.IsValid():
			c.Annotations = model.Pos{}
		case len(args) > 0:
			c.Annotations, c.Sep = r.pos(args[len(args)-1].End()), ", "
		default:
			c.Annotations, c.Sep = r.pos(s.call.Rparen), ""
		}
		a, ok := onDelete(r.info, args)
		if !ok {
			continue
		}
		found += a.count
		if !a.whole || s.call.Ellipsis.IsValid() {
			c.Drop = model.Pos{}
			continue
		}
		// The only argument: the whole .Annotations(...) call goes.
		from, to := seg[i-1].call.End(), s.call.End()
		if len(args) > 1 {
			from, to = elemSpan(args, a.elem)
		}
		if r.commented(from, to) {
			c.Drop = model.Pos{}
			continue
		}
		c.Drop, c.DropEnd, c.DropUses = r.pos(from), r.off(to), r.usesIn(args, from, to)
	}
	if found != 1 {
		c.Drop = model.Pos{} // another OnDelete would stay behind
	}
	return c
}

// commented reports whether a comment sits in [from, to), or whether
// that cannot be known: removing the span would lose it, and a line
// comment between chained calls cannot be kept without rewriting them.
func (r *reader) commented(from, to token.Pos) bool {
	fs, ok := r.src.(fileSource)
	if !ok {
		return true
	}
	return r.commentedIn(fs.File(from), from, to)
}

func (r *reader) commentedIn(f *ast.File, from, to token.Pos) bool {
	if f == nil {
		return true
	}
	for _, cg := range f.Comments {
		if cg.Pos() < to && cg.End() > from {
			return true
		}
	}
	return false
}

// elemSpan is the span that removes element i of a list with the comma
// that separates it; the caller handles a list of one.
func elemSpan(elts []ast.Expr, i int) (token.Pos, token.Pos) {
	if i+1 < len(elts) {
		return elts[i].Pos(), elts[i+1].Pos()
	}
	return elts[i-1].End(), elts[i].End()
}

// sortedAt moves a new import's place in an `import (` block to where
// gofmt would sort it: among the entgo.io imports when the block has
// them, so that the fixed file is already formatted.
func sortedAt(fi *model.FileImports, gd *ast.GenDecl, pos func(token.Pos) model.Pos) {
	var last *ast.ImportSpec
	for _, s := range gd.Specs {
		spec := s.(*ast.ImportSpec)
		path, _ := strconv.Unquote(spec.Path.Value)
		if !strings.HasPrefix(path, "entgo.io/") {
			if last != nil {
				break // the group of ent's imports has ended
			}
			continue
		}
		if path > entsqlPkg {
			fi.At, fi.Before = pos(spec.Pos()), true
			return
		}
		last = spec
	}
	if last != nil {
		fi.At = pos(last.End())
	}
}

// moveAction returns the fix that moves an OnDelete annotation from one
// chain to the edge.To ent reads it from: two edits, or more when the
// target's file needs the import and the source's no longer does.
func moveAction(from, to *model.Chain, value, target string) []model.Fix {
	name, ok := constName(value)
	if !ok || from == nil || to == nil || !from.Drop.IsValid() || !to.End.IsValid() ||
		from.File == nil || to.File == nil || from.File.Blocked || to.File.Blocked {
		return nil
	}
	edits := []model.Edit{{Pos: from.Drop, End: from.DropEnd}}
	same := from.Drop.File == to.End.File
	q := to.File.Name
	if q == "" {
		if same || !to.File.At.IsValid() {
			return nil
		}
		q = "entsql"
		text := "import \"" + entsqlPkg + "\"\n"
		switch {
		case to.File.Before:
			text = "\"" + entsqlPkg + "\"\n\t"
		case to.File.Paren:
			text = "\n\t\"" + entsqlPkg + "\""
		}
		edits = append(edits, model.Edit{Pos: to.File.At, End: to.File.At.Offset, New: text})
	}
	ann := q + ".OnDelete(" + q + "." + name + ")"
	if to.Annotations.IsValid() {
		edits = append(edits, model.Edit{Pos: to.Annotations, End: to.Annotations.Offset, New: to.Sep + ann})
	} else {
		edits = append(edits, model.Edit{Pos: to.End, End: to.End.Offset, New: ".Annotations(" + ann + ")"})
	}
	if !same && from.File.Uses == from.DropUses && from.File.Spec.IsValid() {
		edits = append(edits, model.Edit{Pos: from.File.Spec, End: from.File.SpecEnd})
	}
	return []model.Fix{{Message: "Move OnDelete(" + q + "." + name + ") to " + target, Edits: edits}}
}

// spellingFix replaces an action no database reads with entsql's
// constant for the one it is one or two edits away from.
func (r *reader) spellingFix(a action, want string) []model.Fix {
	name, ok := constName(want)
	if !ok || a.qual == "" {
		return nil
	}
	text := a.qual + "." + name
	return []model.Fix{{Message: "Replace with " + text, Edits: []model.Edit{{Pos: r.pos(a.pos), End: r.off(a.end), New: text}}}}
}

// schemaActionFixes moves an OnDelete written in a schema's own
// Annotations() to the one edge.To whose foreign key involves that
// schema; with several, or any schema partly read, the intent is unclear.
func schemaActionFixes(g *model.Graph, m *model.Model) {
	for i := range m.StrayActions {
		s := &m.StrayActions[i]
		if s.Chain == nil || s.Field != "" {
			continue
		}
		var cands []*model.Relation
		for _, o := range g.Local {
			if o.Dialect != Name {
				continue
			}
			if o.Partial {
				return
			}
			for _, r := range o.Relations {
				if r.Unresolved == nil && r.Constraint && r.Kind != "" && r.Kind != model.ManyToMany &&
					(r.Owner == m.Ref || r.Target == m.Ref) {
					cands = append(cands, r)
				}
			}
		}
		if len(cands) != 1 || cands[0].OnDelete != "" {
			continue
		}
		c := cands[0]
		s.Fixes = moveAction(s.Chain, c.Chain, strings.TrimPrefix(s.Action, "ON DELETE "), c.Owner.Name+"."+c.Name)
	}
}

// listDrop records the span that removes an OnDelete annotation from the
// list a schema's Annotations() returns, when it returns a literal.
func (r *reader) listDrop(fd *ast.FuncDecl, a action) *model.Chain {
	if !a.whole || a.count != 1 || len(fd.Body.List) != 1 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	lit, ok := ast.Unparen(ret.Results[0]).(*ast.CompositeLit)
	if !ok || a.elem >= len(lit.Elts) {
		return nil
	}
	from, to := lit.Lbrace+1, lit.Rbrace
	if len(lit.Elts) > 1 {
		from, to = elemSpan(lit.Elts, a.elem)
	}
	if r.commented(from, to) {
		return nil
	}
	return &model.Chain{Drop: r.pos(from), DropEnd: r.off(to), DropUses: r.usesIn(lit.Elts, from, to), File: r.imports(lit.Pos())}
}

// optionalFix makes an edge field Optional, as the optional edge it
// binds (the edge's default) needs: the column becomes nullable, which
// is what the edge already declares. The other way, Required() on the
// edge, stays in the message.
func optionalFix(f *model.Field) []model.Fix {
	if f.Chain == nil || !f.Chain.End.IsValid() {
		return nil
	}
	return []model.Fix{{Message: "Add .Optional() to the field " + f.Name,
		Edits: []model.Edit{{Pos: f.Chain.End, End: f.Chain.End.Offset, New: ".Optional()"}}}}
}

// mergeMoves handles annotations that move out of one file which uses
// entsql for nothing else: each fix alone leaves the import in use, and
// all of them together leave it unused, which does not compile. Each fix
// then moves all of them and removes the import.
func mergeMoves(g *model.Graph) {
	type move struct {
		fixes *[]model.Fix
		from  *model.Chain
	}
	// Each schema's reader has its own copy of a file's imports: group
	// by file name.
	var files []string
	byFile := map[string][]move{}
	add := func(fixes *[]model.Fix, from *model.Chain) {
		if len(*fixes) != 1 || from == nil || from.File == nil || !leaves(*fixes, from) {
			return
		}
		name := from.Drop.File
		if byFile[name] == nil {
			files = append(files, name)
		}
		byFile[name] = append(byFile[name], move{fixes, from})
	}
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			add(&r.ActionFixes, r.Chain)
		}
		for i := range m.StrayActions {
			add(&m.StrayActions[i].Fixes, m.StrayActions[i].Chain)
		}
	}
	for _, name := range files {
		moves := byFile[name]
		fi := moves[0].from.File
		uses := 0
		for _, mv := range moves {
			uses += mv.from.DropUses
		}
		if len(moves) < 2 || uses != fi.Uses || !fi.Spec.IsValid() {
			continue
		}
		var edits []model.Edit
		ok := true
		for _, mv := range moves {
			for _, e := range (*mv.fixes)[0].Edits {
				switch clash(edits, e) {
				case 1:
					continue // the same import added twice
				case 2:
					ok = false
				}
				edits = append(edits, e)
			}
		}
		if !ok {
			continue
		}
		edits = append(edits, model.Edit{Pos: fi.Spec, End: fi.SpecEnd})
		base := name[strings.LastIndexAny(name, `/\`)+1:]
		for _, mv := range moves {
			*mv.fixes = []model.Fix{{Message: "Move the OnDelete annotations of " + base + " to the edge.To of each key", Edits: edits}}
		}
	}
}

// leaves reports whether a move fix takes the annotation to another file.
func leaves(fixes []model.Fix, from *model.Chain) bool {
	for _, e := range fixes[0].Edits {
		if e.Pos.File != from.Drop.File {
			return true
		}
	}
	return false
}

// clash is 1 when edits holds e already, 2 when e overlaps one of them
// or inserts at the same place, 0 otherwise.
func clash(edits []model.Edit, e model.Edit) int {
	for _, o := range edits {
		if o.Pos.File != e.Pos.File {
			continue
		}
		if o.Pos.Offset == e.Pos.Offset && o.End == e.End && o.New == e.New {
			return 1
		}
		if o.Pos.Offset == e.Pos.Offset || o.Pos.Offset < e.End && e.Pos.Offset < o.End {
			return 2
		}
	}
	return 0
}

// dropShared removes fixes that would edit a chain several schemas share
// (an edge or field of a mixin of this package): the edit would change
// every schema that uses the mixin, not only the one reported.
func dropShared(g *model.Graph) {
	type spot struct {
		file string
		off  int
	}
	count := map[spot]int{}
	note := func(c *model.Chain) {
		if c == nil {
			return
		}
		if c.End.IsValid() {
			count[spot{c.End.File, c.End.Offset}]++
		}
		if c.Drop.IsValid() {
			count[spot{c.Drop.File, c.Drop.Offset}]++
		}
	}
	var lists []*[]model.Fix
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, f := range m.Fields {
			note(f.Chain)
		}
		for _, r := range m.Relations {
			note(r.Chain)
			lists = append(lists, &r.ActionFixes)
			if r.Unresolved != nil {
				lists = append(lists, &r.Unresolved.Fixes)
			}
		}
		for i := range m.StrayActions {
			lists = append(lists, &m.StrayActions[i].Fixes)
		}
	}
	for _, l := range lists {
		for _, f := range *l {
			for _, e := range f.Edits {
				if count[spot{e.Pos.File, e.Pos.Offset}] > 1 {
					*l = nil
				}
			}
		}
	}
}
