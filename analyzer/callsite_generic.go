package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/relcheck/relcheck/internal/dialects"
)

// generic reads a call on a generic query (GORM's gorm.G[User](db)), whose
// model is its type argument, as the type checker instantiated it. It
// reports whether the call was one; a model that is a type parameter of
// the enclosing function, or not a named struct, leaves it silent.
func (w *callWalk) generic(call *ast.CallExpr) bool {
	info := w.u.pass.TypesInfo
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	recv := w.genericRecv(sel)
	if recv == nil {
		return false
	}
	var d *dialects.Dialect
	for _, c := range w.dialects {
		if c.Calls.Generic[recv.Obj().Name()] && recv.Obj().Pkg().Path() == c.Calls.Package {
			d = c
		}
	}
	if d == nil {
		return false
	}
	t := recv.TypeArgs().At(0)
	if _, ok := t.(*types.TypeParam); ok {
		return true
	}
	if i, ok := d.Calls.Into[sel.Sel.Name]; ok && i < len(call.Args) {
		w.into(sel.X, modelOf(info.TypeOf(call.Args[i])), d)
	}
	n, ok := d.Calls.Typed[sel.Sel.Name]
	if !ok || len(call.Args) == 0 {
		return true
	}
	arg := call.Args[0]
	if n.Target != nil {
		arg = w.carried(arg, n.Target)
	}
	if arg == nil {
		return true
	}
	if use := w.use(call, arg, sel, n.Read); use != nil {
		w.emit(use, modelOf(t), d)
	}
	return true
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

// into judges the names of a chain that the query in e is built by, on
// the destination a finisher loads into, for the methods that look them
// up there. Only the chain written in place is followed.
func (w *callWalk) into(e ast.Expr, dest *types.Named, d *dialects.Dialect) {
	for dest != nil {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		recv := w.genericRecv(sel)
		if recv == nil || recv.Obj().Pkg().Path() != d.Calls.Package || !d.Calls.Generic[recv.Obj().Name()] {
			return
		}
		n, ok := d.Calls.Typed[sel.Sel.Name]
		if t := modelOf(recv.TypeArgs().At(0)); ok && n.Dest && n.Target == nil && len(call.Args) > 0 && t != dest {
			if use := w.use(call, call.Args[0], sel, n.Read); use != nil {
				w.emit(use, dest, d)
				if n.Mismatch != "" {
					use.Read.Says = n.Mismatch
					w.emit(use, t, d)
				}
				w.memo[call] = nil // judged here, on both
			}
		}
		e = sel.X
	}
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
