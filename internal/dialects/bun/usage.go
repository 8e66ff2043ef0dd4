package bun

import (
	"go/ast"

	"github.com/relcheck/relcheck/internal/dialects"
)

// usage reads a package's calls into Bun: CREATE TABLE with its foreign
// keys (Bun adds them only when asked, with WithForeignKeys) and deletes
// past a soft delete (ForceDelete).
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

func (*usage) Nodes() []ast.Node { return []ast.Node{(*ast.CallExpr)(nil)} }

func (r *usage) Usage() dialects.Usage { return r.u }

func (r *usage) Visit(n ast.Node) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return
	}
	info := r.code.Info
	name, recv := dialects.Method(info, call)
	switch {
	case name == "WithForeignKeys" && dialects.IsNamed(recv, ImportPath, "CreateTableQuery"):
		r.u.Evidence.CreatesFKs = true
	case name == "ForceDelete" && dialects.IsNamed(recv, ImportPath, "DeleteQuery"):
		if t := dialects.ModelOf(info, dialects.Chain(call), "Model"); t != nil {
			r.u.Evidence.HardDeletes = append(r.u.Evidence.HardDeletes, dialects.RefOf(t))
		} else {
			r.u.Evidence.HardDeletesAny = true
		}
	}
}
