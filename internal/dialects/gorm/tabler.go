package gorm

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/relcheck/relcheck/internal/dialects"
)

// tablerName is the table a model names through GORM's Tabler interface,
// `func (T) TableName() string { return "name" }` (either receiver: GORM
// asks a pointer). Only a method of the package being analysed that
// returns a constant is read; otherwise GORM's default name stands.
func tablerName(named *types.Named, src dialects.Source) (string, bool) {
	decls, ok := src.(dialects.DeclSource)
	if !ok {
		return "", false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), "TableName")
	fn, ok := obj.(*types.Func)
	if !ok {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return "", false
	}
	fd := decls.FuncDecl(fn)
	if fd == nil || fd.Body == nil || len(fd.Body.List) != 1 {
		return "", false
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return "", false
	}
	tv, ok := decls.Info().Types[ret.Results[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
