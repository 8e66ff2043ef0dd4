package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// A call site is a constant relation name handed to an ORM query (GORM
// Preload, Bun Relation). The walk below follows query values through
// each function, with each dialect's call-site vocabulary, to learn which
// model every query is about. It is deliberately simple: one pass in
// source order, a local variable holds the last query assigned to it,
// and whatever relcheck cannot follow (a query returned by a function of
// the package that sets a model, a variable assigned queries about two
// models, Scopes) leaves the model unknown, so nothing is reported. A
// query from anywhere else (a parameter, a field, another package's
// function) is taken to be about no model yet, as a *gorm.DB handle is.

// query is what the walk knows about one query value.
type query struct {
	d       *dialects.Dialect
	model   *types.Named // from a Models call; nil when none or not a struct
	set     bool         // a Models call was made
	unknown bool         // the model cannot be known
	pending []*model.Use // deferred names waiting for a finisher
}

func (q *query) copy() *query {
	c := *q
	c.pending = c.pending[:len(c.pending):len(c.pending)]
	return &c
}

// found is a use whose model is known, as a type.
type found struct {
	use   *model.Use
	named *types.Named
	d     *dialects.Dialect
}

type callWalk struct {
	u        *unit
	dialects []*dialects.Dialect // the enabled ones with a vocabulary
	vars     map[*types.Var]*query
	mixed    map[*types.Var]bool // assigned queries about different models
	// setters are the package's functions that return a query after
	// setting its model: what they return is about a model not known here.
	setters map[*types.Func]bool
	memo    map[*ast.CallExpr]*query
	found   []found
	// built holds what each local variable of a generic query type was
	// assigned so far; judged, the generic calls judged on each model.
	built  map[*types.Var][]ast.Expr
	judged map[judged]bool
}

// callSites returns the relation names the package's queries use, with
// the model each is about.
func (u *unit) callSites() (out []found) {
	// Packages with type errors are analysed too (RunDespiteErrors): what
	// the walk cannot make sense of must cost the call sites, not the
	// package.
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	w := &callWalk{u: u, vars: map[*types.Var]*query{}, mixed: map[*types.Var]bool{}, memo: map[*ast.CallExpr]*query{},
		built: map[*types.Var][]ast.Expr{}, judged: map[judged]bool{}}
	for _, d := range u.order {
		if d.Calls != nil && u.typeName(model.Ref{Pkg: d.Calls.Package, Name: d.Calls.Query}) != nil {
			w.dialects = append(w.dialects, d)
		}
	}
	if len(w.dialects) == 0 {
		return nil
	}
	ins := u.src.nodes()
	w.setters = map[*types.Func]bool{}
	ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil)}, func(n ast.Node) {
		fd := n.(*ast.FuncDecl)
		fn, _ := w.u.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if fn == nil || fd.Body == nil {
			return
		}
		res := fn.Signature().Results()
		if res.Len() != 1 || w.dialectOf(res.At(0).Type()) == nil {
			return
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
				if d := w.dialectOf(w.u.pass.TypesInfo.TypeOf(c)); ok && d != nil {
					_, ok := d.Calls.Models[sel.Sel.Name]
					w.setters[fn] = w.setters[fn] || ok
				}
			}
			return !w.setters[fn]
		})
	})
	nodes := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)}
	ins.Preorder(nodes, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
						w.assign(id, n.Rhs[i])
					}
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					w.assign(id, n.Values[i])
				}
			}
		case *ast.CallExpr:
			w.call(n)
		}
	})
	return w.found
}

// assign records the query a local variable now holds.
func (w *callWalk) assign(id *ast.Ident, rhs ast.Expr) {
	v, _ := w.u.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v != nil && w.isGeneric(v.Type()) {
		w.built[v] = append(w.built[v], rhs)
		return
	}
	if v == nil || w.dialectOf(v.Type()) == nil {
		return
	}
	q := w.eval(rhs)
	if old := w.vars[v]; old != nil && q != nil && old.set && q.set && old.model != q.model {
		w.mixed[v] = true
	}
	w.vars[v] = q
}

// eval returns what is known about the query an expression yields, or nil.
func (w *callWalk) eval(e ast.Expr) *query {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := w.u.pass.TypesInfo.Uses[e].(*types.Var)
		q := w.vars[v]
		if q != nil && w.mixed[v] {
			q = q.copy()
			q.unknown = true
		}
		return q
	case *ast.CallExpr:
		return w.call(e)
	}
	return nil
}

// call applies one method of a query, once per call expression.
func (w *callWalk) call(call *ast.CallExpr) *query {
	if q, ok := w.memo[call]; ok {
		return q
	}
	if w.generic(call) {
		w.memo[call] = nil
		return nil
	}
	q, ours := w.apply(call)
	if ours {
		w.memo[call] = q // emitted once, however often it is reached
	}
	return q
}

// apply reports whether the call is a query method (ours) and returns
// the query it yields, if any.
func (w *callWalk) apply(call *ast.CallExpr) (*query, bool) {
	info := w.u.pass.TypesInfo
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && w.setters[fn] {
		return &query{d: w.dialectOf(fn.Signature().Results().At(0).Type()), unknown: true}, true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return nil, false
	}
	sig, _ := s.Obj().Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil, false
	}
	onQuery := w.dialectOf(sig.Recv().Type())
	var toQuery *dialects.Dialect
	if sig.Results().Len() == 1 {
		toQuery = w.dialectOf(sig.Results().At(0).Type())
	}
	d := onQuery
	if d == nil {
		d = toQuery
	}
	if d == nil {
		return nil, false
	}
	cs := d.Calls
	var q *query
	if onQuery != nil && w.dialectOf(info.TypeOf(sel.X)) == d {
		q = w.eval(sel.X)
	}
	if q == nil {
		q = &query{d: d}
	}
	name := sel.Sel.Name
	if i, ok := cs.Models[name]; ok && toQuery == d {
		q = q.copy()
		q.set = true
		q.model = nil
		if len(call.Args) == i+1 && !call.Ellipsis.IsValid() {
			q.model = modelOf(info.TypeOf(call.Args[i]))
		}
	}
	if cs.Opaque[name] {
		q = q.copy()
		q.unknown = true
	}
	if onQuery == d {
		if n, ok := cs.Names[name]; ok && len(call.Args) > 0 {
			if use := w.use(call, call.Args[0], sel, n.Read); use != nil {
				if n.Deferred {
					q = q.copy()
					q.pending = append(q.pending, use)
				} else if q.set && !q.unknown {
					w.emit(use, q.model, d)
				}
			}
		}
		if cs.Finishers[name] && !q.unknown {
			var dest *types.Named
			if len(call.Args) > 0 {
				dest = modelOf(info.TypeOf(call.Args[0]))
			}
			for _, p := range q.pending {
				m := q.model
				if !q.set || cs.Names[p.Method].Dest {
					m = dest
				}
				w.emit(p, m, d)
			}
		}
	}
	if toQuery != d {
		return nil, true
	}
	return q, true
}

// modelOf is the named struct a model argument is about (&User{},
// &[]*User{}, (*User)(nil)), or nil.
func modelOf(t types.Type) *types.Named {
	if t == nil || dialects.Invalid(t) {
		return nil
	}
	n, _, _ := dialects.Target(t)
	return n
}

// use reads the relation argument of a call, when it is a constant string.
func (w *callWalk) use(call *ast.CallExpr, arg ast.Expr, sel *ast.SelectorExpr, read model.PathRead) *model.Use {
	tv, ok := w.u.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	src := w.u.src
	use := &model.Use{
		Method:  sel.Sel.Name,
		Path:    constant.StringVal(tv.Value),
		Pos:     src.Position(arg.Pos()),
		Name:    src.Position(sel.Sel.Pos()),
		NameEnd: src.Position(sel.Sel.End()).Offset,
		Args:    len(call.Args),
		Read:    read,
	}
	if call.Ellipsis.IsValid() {
		use.Args = -1
	}
	if lit, ok := arg.(*ast.BasicLit); ok && strings.HasPrefix(lit.Value, `"`) {
		use.LitEnd = src.Position(lit.End()).Offset
	}
	return use
}

func (w *callWalk) emit(use *model.Use, named *types.Named, d *dialects.Dialect) {
	if named == nil {
		return
	}
	u := *use
	u.Model = dialects.RefOf(named)
	w.found = append(w.found, found{use: &u, named: named, d: d})
}

// dialectOf returns the dialect whose query type t is, or nil.
func (w *callWalk) dialectOf(t types.Type) *dialects.Dialect {
	if t == nil {
		return nil
	}
	for _, d := range w.dialects {
		if dialects.IsNamed(t, d.Calls.Package, d.Calls.Query) {
			return d
		}
	}
	return nil
}

// addUses puts the uses in the graph, with the models they are about and
// the models their paths reach, read from facts or export data when they
// are not the package's own.
func (u *unit) addUses(g *model.Graph, calls []found) {
	u.done = map[model.Ref]bool{}
	resolved := map[*model.Model]bool{}
	for _, m := range g.Local {
		resolved[m] = true
	}
	for _, c := range calls {
		m := u.queried(c.named, c.d, resolved)
		if m == nil || m.Dialect != c.d.Name {
			continue
		}
		g.Uses = append(g.Uses, c.use)
		seen := map[model.Ref]bool{}
		for _, step := range strings.Split(c.use.Path, ".") {
			if m == nil || seen[m.Ref] {
				break
			}
			seen[m.Ref] = true
			g.Add(m, false)
			var next *model.Model
			for _, r := range m.Relations {
				t := u.target(r.Target, c.d, resolved)
				if t != nil {
					g.Add(t, false)
				}
				if r.Name == step {
					next = t
				}
			}
			m = next
		}
	}
}

// queried returns the model a query is about, parsing it for the query's
// dialect when no dialect claims it (an untagged struct).
func (u *unit) queried(n *types.Named, d *dialects.Dialect, resolved map[*model.Model]bool) *model.Model {
	// A model is named by package and type name, which a type declared
	// in a function does not own: tests declare Level1 in one function
	// after another.
	if n.TypeArgs().Len() > 0 || n.Obj().Pkg() == nil || n.Obj().Parent() != n.Obj().Pkg().Scope() {
		return nil
	}
	return u.target(dialects.RefOf(n), d, resolved)
}

// target returns a model with its relations resolved: the package's own
// (in resolved), an import's from its fact, or one read from export data
// and resolved here.
func (u *unit) target(ref model.Ref, d *dialects.Dialect, resolved map[*model.Model]bool) (m *model.Model) {
	if u.done[ref] {
		return u.models[ref]
	}
	u.done[ref] = true
	named := u.named(ref)
	if named == nil {
		return nil
	}
	tn := named.Obj()
	if st, ok := named.Underlying().(*types.Struct); ok && u.claimed[tn] == nil && u.dialectOf(st) == nil {
		u.claimed[tn] = d
	}
	m = u.lookup(ref)
	if m != nil && tn.Pkg() == u.pass.Pkg && m.Pos != u.src.Position(tn.Pos()) {
		// A function's own type of the same name took the name.
		u.models[ref] = nil
		return nil
	}
	if m == nil || resolved[m] || m == u.imported(tn) {
		return m
	}
	md := u.dialects[m.Dialect]
	if md == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			u.models[ref], m = nil, nil
		}
	}()
	md.Resolve(m, func(r model.Ref) *model.Model {
		if t := u.typeName(r); t != nil && u.claimed[t] == nil {
			u.claimed[t] = md
		}
		return u.lookup(r)
	})
	return m
}
