package gopg

import (
	"go/ast"
	"go/types"

	"github.com/relcheck/relcheck/internal/dialects"
)

const ormPath = ImportPath + "/orm"

// usage reads a package's calls into go-pg: CREATE TABLE with foreign
// keys (orm.CreateTableOptions{FKConstraints: true}; go-pg creates none
// otherwise) and deletes past a soft delete (ForceDelete).
type usage struct {
	code dialects.Code
	u    dialects.Usage
}

// Usage is the dialect's usage hook.
func Usage(code dialects.Code) dialects.UsageReader {
	if !dialects.Uses(code.Pkg, ImportPath) {
		return nil
	}
	return &usage{code: code}
}

func (*usage) Nodes() []ast.Node {
	return []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}
}

func (r *usage) Usage() dialects.Usage { return r.u }

func (r *usage) Visit(n ast.Node) {
	info := r.code.Info
	switch n := n.(type) {
	case *ast.CompositeLit:
		if !dialects.IsNamed(info.TypeOf(n), ormPath, "CreateTableOptions") {
			return
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				r.option(kv.Key, kv.Value)
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) == len(n.Rhs) {
			for i := range n.Lhs {
				r.option(n.Lhs[i], n.Rhs[i])
			}
		}
	case *ast.CallExpr:
		if r.inflector(n) {
			return
		}
		name, recv := dialects.Method(info, n)
		if name != "ForceDelete" || !dialects.IsNamed(recv, ormPath, "Query") {
			return
		}
		// q.ForceDelete(values...) deletes the query's model, or the
		// values given.
		if t := dialects.ModelOf(info, dialects.Chain(n), "ForceDelete", "Model"); t != nil {
			r.u.Evidence.HardDeletes = append(r.u.Evidence.HardDeletes, dialects.RefOf(t))
		} else {
			r.u.Evidence.HardDeletesAny = true
		}
	}
}

// option records FKConstraints set to a constant true. A value known
// only at run time is no evidence either way.
func (r *usage) option(field, value ast.Expr) {
	if dialects.FieldSet(r.code.Info, field, ormPath, "FKConstraints") && dialects.ConstTrue(r.code.Info, value) {
		r.u.Evidence.CreatesFKs = true
	}
}

// inflector records orm.SetTableNameInflector: go-pg then names tables by
// the function given instead of pluralising. Only a function returning its
// argument (singular names, the common use) is followed.
func (r *usage) inflector(call *ast.CallExpr) bool {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return false
	}
	fn, ok := r.code.Info.Uses[id].(*types.Func)
	if !ok || fn.Name() != "SetTableNameInflector" || fn.Pkg() == nil || fn.Pkg().Path() != ormPath || len(call.Args) != 1 {
		return false
	}
	kind := "custom"
	if identity(r.code.Info, call.Args[0]) {
		kind = "identity"
	}
	if r.u.Evidence.Inflector != "" && r.u.Evidence.Inflector != kind {
		kind = "custom"
	}
	r.u.Evidence.Inflector = kind
	return true
}

// identity reports whether e is a function literal that returns its one
// parameter unchanged.
func identity(info *types.Info, e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 || len(lit.Type.Params.List) != 1 || len(lit.Type.Params.List[0].Names) != 1 {
		return false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	res, ok := ast.Unparen(ret.Results[0]).(*ast.Ident)
	param := info.Defs[lit.Type.Params.List[0].Names[0]]
	return ok && param != nil && info.Uses[res] == param
}
