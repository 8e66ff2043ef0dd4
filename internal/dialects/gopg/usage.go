package gopg

import (
	"go/ast"

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
