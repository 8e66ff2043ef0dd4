package ent

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/relcheck/relcheck/internal/dialects"
)

// tableName finds the table a schema's annotations name:
// entsql.Table("t"), entsql.SchemaTable("s", "t") or
// entsql.Annotation{Table: "t"}; entc names the table so, in place of
// the plural of the type's name.
func tableName(info *types.Info, elts []ast.Expr) (string, bool) {
	name, ok := "", false
	for _, a := range elts {
		a = ast.Unparen(a)
		if u, isUnary := a.(*ast.UnaryExpr); isUnary && u.Op == token.AND {
			a = ast.Unparen(u.X)
		}
		switch a := a.(type) {
		case *ast.CallExpr:
			pkg, steps, isChain := chain(a, info)
			if !isChain || pkg != entsqlPkg || len(steps) != 1 {
				continue
			}
			i := -1
			switch steps[0].name {
			case "Table":
				i = 0
			case "SchemaTable":
				i = 1
			}
			if i >= 0 && i < len(a.Args) {
				if v, isStr := str(info, a.Args[i]); isStr && v != "" {
					name, ok = v, true
				}
			}
		case *ast.CompositeLit:
			if !dialects.IsNamed(info.TypeOf(a), entsqlPkg, "Annotation") {
				continue
			}
			for _, el := range a.Elts {
				if kv, isKV := el.(*ast.KeyValueExpr); isKV {
					if k, isID := kv.Key.(*ast.Ident); isID && k.Name == "Table" {
						if v, isStr := str(info, kv.Value); isStr && v != "" {
							name, ok = v, true
						}
					}
				}
			}
		}
	}
	return name, ok
}
