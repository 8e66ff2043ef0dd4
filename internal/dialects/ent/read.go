package ent

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
)

// Import paths of the builders a schema is written with.
const (
	ImportPath = "entgo.io/ent"
	edgePkg    = "entgo.io/ent/schema/edge"
	fieldPkg   = "entgo.io/ent/schema/field"
	entsqlPkg  = "entgo.io/ent/dialect/entsql"
	mixinPkg   = "entgo.io/ent/schema/mixin"
)

// step is one call of a builder chain: edge.To("pets", Pet.Type) is the
// root step "To", .Unique() the next.
type step struct {
	name string
	call *ast.CallExpr
}

// chain unwinds x.A(...).B(...).C(...) into its steps, root first, and
// returns the package path of the root's qualifier (edge, field, entsql).
// ok is false for anything that is not such a chain.
func chain(e ast.Expr, info *types.Info) (pkg string, steps []step, ok bool) {
	for {
		e = ast.Unparen(e)
		call, isCall := e.(*ast.CallExpr)
		if !isCall {
			return "", nil, false
		}
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel {
			return "", nil, false
		}
		steps = append(steps, step{name: sel.Sel.Name, call: call})
		if id, isID := sel.X.(*ast.Ident); isID {
			if pn, isPkg := info.Uses[id].(*types.PkgName); isPkg {
				for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
					steps[i], steps[j] = steps[j], steps[i]
				}
				return pn.Imported().Path(), steps, true
			}
		}
		e = sel.X
	}
}

// str is a call argument's constant string value, folded by go/types.
func str(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// schemaType is the schema an edge points at: the T of T.Type, a method
// expression whose receiver names the type (ent keeps only its name).
func schemaType(info *types.Info, e ast.Expr) (string, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Type" {
		return "", false
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return "", false
	}
	n, ok := dialects.Deref(t).(*types.Named)
	if !ok {
		return "", false
	}
	return n.Obj().Name(), true
}

// elements returns the expressions a schema method returns: the elements
// of `return []ent.Edge{...}`, following one local variable assigned such
// a literal (and appended to). complete is false when the list is built in
// a way relcheck does not follow (a helper, a loop, a parameter).
func elements(fd *ast.FuncDecl, info *types.Info) (elts []ast.Expr, complete bool) {
	if fd == nil || fd.Body == nil {
		return nil, false
	}
	var ret *ast.ReturnStmt
	returns := 0
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			ret = n
		}
		return true
	})
	if returns != 1 || len(ret.Results) != 1 {
		return nil, false
	}
	switch r := ast.Unparen(ret.Results[0]).(type) {
	case *ast.CompositeLit:
		return r.Elts, true
	case *ast.Ident:
		if r.Name == "nil" {
			return nil, true
		}
		return variable(fd, info, r)
	}
	return nil, false
}

// variable follows a local slice variable: one composite-literal
// definition, then appends of elements, all at the top level of the body.
func variable(fd *ast.FuncDecl, info *types.Info, id *ast.Ident) ([]ast.Expr, bool) {
	obj := info.Uses[id]
	if obj == nil {
		return nil, false
	}
	var elts []ast.Expr
	defined := false
	for _, st := range fd.Body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if len(st.Lhs) != 1 || len(st.Rhs) != 1 {
				continue
			}
			lhs, ok := st.Lhs[0].(*ast.Ident)
			if !ok || (info.Defs[lhs] != obj && info.Uses[lhs] != obj) {
				continue
			}
			switch rhs := ast.Unparen(st.Rhs[0]).(type) {
			case *ast.CompositeLit:
				if defined {
					return nil, false
				}
				defined = true
				elts = append(elts, rhs.Elts...)
			case *ast.CallExpr:
				fn, ok := rhs.Fun.(*ast.Ident)
				if !ok || fn.Name != "append" || len(rhs.Args) == 0 || rhs.Ellipsis.IsValid() {
					return nil, false
				}
				if base, ok := rhs.Args[0].(*ast.Ident); !ok || info.Uses[base] != obj {
					return nil, false
				}
				elts = append(elts, rhs.Args[1:]...)
			default:
				return nil, false
			}
		case *ast.DeclStmt, *ast.ReturnStmt, *ast.ExprStmt:
		default:
			// Control flow may add elements relcheck cannot count.
			if mentions(st, obj, info) {
				return nil, false
			}
		}
	}
	return elts, defined
}

func mentions(n ast.Node, obj types.Object, info *types.Info) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// local resolves an element that is a local variable holding a chain
// (e := edge.To(...); return []ent.Edge{e}) to the chain's expression.
func local(fd *ast.FuncDecl, info *types.Info, e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	obj := info.Uses[id]
	if obj == nil {
		return e
	}
	var def ast.Expr
	n := 0
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			if lid, ok := l.(*ast.Ident); ok && (info.Defs[lid] == obj || info.Uses[lid] == obj) && i < len(as.Rhs) {
				def = as.Rhs[i]
				n++
			}
		}
		return true
	})
	if n != 1 {
		return e
	}
	return def
}

// action is a referential action's text and where it is written.
type action struct {
	value    string
	pos, end token.Pos // the action's expression
	qual     string    // the file's name for entsql, as written there
	elem     int       // which annotation argument holds it
	whole    bool      // that argument says nothing but OnDelete
	count    int       // how many OnDelete annotations the arguments hold
}

// onDelete finds entsql.OnDelete(x) and entsql.Annotation{OnDelete: x}
// among annotation arguments; the last one wins, as in entc.
func onDelete(info *types.Info, args []ast.Expr) (action, bool) {
	var found action
	ok, count := false, 0
	for i, a := range args {
		a = ast.Unparen(a)
		if u, isUnary := a.(*ast.UnaryExpr); isUnary && u.Op == token.AND {
			a = ast.Unparen(u.X)
		}
		switch a := a.(type) {
		case *ast.CallExpr:
			pkg, steps, isChain := chain(a, info)
			if isChain && pkg == entsqlPkg && len(steps) == 1 && steps[0].name == "OnDelete" && len(a.Args) == 1 {
				if v, isStr := str(info, a.Args[0]); isStr {
					found, ok = action{value: v, pos: a.Args[0].Pos(), end: a.Args[0].End(), qual: qualifier(a.Fun), elem: i, whole: true}, true
					count++
				}
			}
		case *ast.CompositeLit:
			if !dialects.IsNamed(info.TypeOf(a), entsqlPkg, "Annotation") {
				continue
			}
			for _, el := range a.Elts {
				kv, isKV := el.(*ast.KeyValueExpr)
				if !isKV {
					continue
				}
				if k, isID := kv.Key.(*ast.Ident); isID && k.Name == "OnDelete" {
					if v, isStr := str(info, kv.Value); isStr && v != "" {
						found, ok = action{value: v, pos: kv.Value.Pos(), end: kv.Value.End(), qual: qualifier(a.Type), elem: i, whole: len(a.Elts) == 1}, true
						count++
					}
				}
			}
		}
	}
	found.count = count
	return found, ok
}

// qualifier is the package name of a qualified identifier (entsql in
// entsql.OnDelete), "" for anything else.
func qualifier(e ast.Expr) string {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// actions are entsql's ReferenceOption constants. ent pastes the value
// into the DDL as written, so any other text breaks the migration; SQL
// reads the keywords in any case.
var actions = []string{"NO ACTION", "RESTRICT", "CASCADE", "SET NULL", "SET DEFAULT"}

func validAction(s string) bool {
	for _, a := range actions {
		if strings.EqualFold(strings.Join(strings.Fields(s), " "), a) {
			return true
		}
	}
	return false
}
