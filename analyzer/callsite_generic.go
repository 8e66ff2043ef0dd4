package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// generic reads a call on a generic query (GORM's gorm.G[User](db)), whose
// model is its type argument, as the type checker instantiated it, and
// reports whether the call was one. Names are judged when a call runs
// the query: the chain it runs is followed back through calls and the
// local variables it was assigned to. A model that is a type parameter
// of the enclosing function, or not a named struct, leaves it silent.
func (w *callWalk) generic(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv, d := w.genericOf(sel)
	if d == nil {
		return false
	}
	i, ok := d.Calls.Runs[sel.Sel.Name]
	if !ok {
		return true
	}
	t := recv.TypeArgs().At(0)
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	dest := modelOf(t)
	if i >= 0 && i < len(call.Args) {
		dest = modelOf(w.u.pass.TypesInfo.TypeOf(call.Args[i]))
	}
	w.run(sel.X, sel.Sel.Name, dest, d, map[ast.Expr]bool{})
	return true
}

// genericOf returns the generic query type whose method sel calls and
// its dialect, or nil.
func (w *callWalk) genericOf(sel *ast.SelectorExpr) (*types.Named, *dialects.Dialect) {
	recv := w.genericRecv(sel)
	if recv == nil {
		return nil, nil
	}
	for _, d := range w.dialects {
		if d.Calls.Generic[recv.Obj().Name()] && recv.Obj().Pkg().Path() == d.Calls.Package {
			return recv, d
		}
	}
	return nil, nil
}

// run judges the names of the chain that built the query e, which the
// method fin runs, loading into dest.
func (w *callWalk) run(e ast.Expr, fin string, dest *types.Named, d *dialects.Dialect, seen map[ast.Expr]bool) {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := w.u.pass.TypesInfo.Uses[x].(*types.Var)
			for _, rhs := range w.built[v] {
				if !seen[rhs] {
					seen[rhs] = true
					w.run(rhs, fin, dest, d, seen)
				}
			}
			return
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return
			}
			recv, rd := w.genericOf(sel)
			if rd != d {
				return
			}
			if n, ok := d.Calls.Typed[sel.Sel.Name]; ok && !n.Skip[fin] && len(x.Args) > 0 {
				w.judge(x, sel, n, modelOf(recv.TypeArgs().At(0)), dest, d)
			}
			e = sel.X
		default:
			return
		}
	}
}

// judge emits a generic call's name on the query's model t and, for a
// name the run's destination reads too, on dest; once per model.
func (w *callWalk) judge(call *ast.CallExpr, sel *ast.SelectorExpr, n dialects.Naming, t, dest *types.Named, d *dialects.Dialect) {
	arg := call.Args[0]
	if n.Target != nil {
		arg = w.carried(arg, n.Target)
	}
	if arg == nil {
		return
	}
	use := w.use(call, arg, sel, n.Read)
	if use == nil {
		return
	}
	if n.Dest && dest != t {
		w.once(call, dest, use, d)
		if n.Mismatch == "" {
			return
		}
		use.Read.Says = n.Mismatch
	}
	w.once(call, t, use, d)
}

type judged struct {
	call  *ast.CallExpr
	model *types.Named
}

func (w *callWalk) once(call *ast.CallExpr, m *types.Named, use *model.Use, d *dialects.Dialect) {
	k := judged{call, m}
	if m == nil || w.judged[k] {
		return
	}
	w.judged[k] = true
	w.emit(use, m, d)
}

// genericRecv returns the instantiated type whose method sel calls, when
// it has one type argument: the operand's type, or the embedded field's
// the method is promoted from.
func (w *callWalk) genericRecv(sel *ast.SelectorExpr) *types.Named {
	s := w.u.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return nil
	}
	t := s.Recv()
	for _, i := range s.Index()[:len(s.Index())-1] {
		st, ok := dialects.Deref(t).Underlying().(*types.Struct)
		if !ok {
			break
		}
		t = st.Field(i).Type()
	}
	n, _ := dialects.Deref(t).(*types.Named)
	if n == nil || n.Obj().Pkg() == nil || n.TypeArgs().Len() != 1 {
		return nil
	}
	return n
}

// carried returns the expression of the name a carrier value is built
// with, or nil when it is not built here.
func (w *callWalk) carried(e ast.Expr, c *dialects.Carrier) ast.Expr {
	info := w.u.pass.TypesInfo
	if !dialects.IsNamed(info.TypeOf(e), c.Package, c.Type) {
		return nil
	}
	if _, ok := info.TypeOf(e).(*types.Pointer); ok {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == c.Field {
					return kv.Value
				}
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != c.Package {
			return nil
		}
		if recv := fn.Signature().Recv(); recv != nil && dialects.IsNamed(recv.Type(), c.Package, c.Type) {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && c.Keep[fn.Name()] {
				return w.carried(sel.X, c)
			}
			return nil
		}
		if c.Makers[fn.Name()] && len(e.Args) > 0 && !e.Ellipsis.IsValid() {
			return e.Args[0]
		}
	}
	return nil
}

// isGeneric reports whether t is a generic query type of a dialect.
func (w *callWalk) isGeneric(t types.Type) bool {
	n, _ := dialects.Deref(t).(*types.Named)
	if n == nil || n.Obj().Pkg() == nil || n.TypeArgs().Len() != 1 {
		return false
	}
	for _, d := range w.dialects {
		if d.Calls.Generic[n.Obj().Name()] && n.Obj().Pkg().Path() == d.Calls.Package {
			return true
		}
	}
	return false
}
