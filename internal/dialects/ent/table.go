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

// embedsSchema reports whether st embeds ent.Schema, directly or through
// an embedded struct of its own (type User struct{ base }, base embedding
// ent.Schema): entc takes any exported type with the schema methods.
func embedsSchema(st *types.Struct, depth int) bool {
	if depth > 4 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Embedded() {
			continue
		}
		if dialects.IsNamed(f.Type(), ImportPath, "Schema") {
			return true
		}
		if n, ok := dialects.Deref(f.Type()).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != ImportPath && n.Obj().Pkg().Path() != mixinPkg {
			if inner, ok := n.Underlying().(*types.Struct); ok && embedsSchema(inner, depth+1) {
				return true
			}
		}
	}
	return false
}

// storageKey is the column a field builder's StorageKey("...") names, or
// def.
func storageKey(info *types.Info, steps []step, def string) string {
	for _, s := range steps[1:] {
		if s.name == "StorageKey" && len(s.call.Args) == 1 {
			if v, ok := str(info, s.call.Args[0]); ok {
				def = v
			}
		}
	}
	return def
}
