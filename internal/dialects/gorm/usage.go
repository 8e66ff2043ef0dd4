package gorm

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/relcheck/relcheck/internal/dialects"
)

// The gorm.Config options under which migrations create no foreign key
// (migrator.go checks both before every constraint).
var noFKOptions = []string{"DisableForeignKeyConstraintWhenMigrating", "IgnoreRelationshipsWhenMigrating"}

// usage reads a package's calls into GORM: the structs it hands to
// *gorm.DB (db.AutoMigrate(&User{}) makes User a model even without
// tags), SetupJoinTable, migrations that create foreign keys, the
// gorm.Config options that stop them, and deletes past a soft delete.
type usage struct {
	code     dialects.Code
	u        dialects.Usage
	unscoped map[types.Object]bool // variables holding an Unscoped() *gorm.DB
}

// Usage is the dialect's usage hook.
func Usage(code dialects.Code) dialects.UsageReader {
	if !dialects.Uses(code.Pkg, ImportPath) {
		return nil
	}
	return &usage{code: code, unscoped: map[types.Object]bool{}, u: dialects.Usage{TracksHanded: true}}
}

func (*usage) Nodes() []ast.Node {
	return []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil)}
}

func (r *usage) Usage() dialects.Usage { return r.u }

func (r *usage) Visit(n ast.Node) {
	info := r.code.Info
	switch n := n.(type) {
	case *ast.CompositeLit:
		if !dialects.IsNamed(info.TypeOf(n), ImportPath, "Config") {
			return
		}
		for _, e := range n.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				r.option(kv.Key, kv.Value)
			}
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			if len(n.Rhs) != len(n.Lhs) {
				break
			}
			r.option(lhs, n.Rhs[i])
			r.track(lhs, n.Rhs[i])
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if len(n.Values) == len(n.Names) {
				r.track(name, n.Values[i])
			}
		}
	case *ast.CallExpr:
		r.call(n)
	}
}

// option records a gorm.Config option that turns foreign keys off.
func (r *usage) option(field, value ast.Expr) {
	for _, name := range noFKOptions {
		if !dialects.FieldSet(r.code.Info, field, ImportPath, name) {
			continue
		}
		tv, ok := r.code.Info.Types[value]
		switch {
		case ok && tv.Value != nil && tv.Value.Kind() == constant.Bool:
			if constant.BoolVal(tv.Value) {
				r.u.Evidence.NoFKs = true
			}
		default:
			r.u.Evidence.FKsUnsure = true
		}
	}
}

// track remembers variables that hold an Unscoped *gorm.DB
// (tx := db.Unscoped()), so that tx.Delete(&u) is a hard delete.
func (r *usage) track(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	if obj := r.code.Info.ObjectOf(id); obj != nil && r.isUnscoped(dialects.Chain(call)) {
		r.unscoped[obj] = true
	}
}

func (r *usage) isUnscoped(chain []*ast.CallExpr) bool {
	for _, c := range chain {
		if name, recv := dialects.Method(r.code.Info, c); name == "Unscoped" && dialects.IsNamed(recv, ImportPath, "DB") {
			return true
		}
	}
	if id, ok := dialects.Receiver(chain).(*ast.Ident); ok {
		return r.unscoped[r.code.Info.ObjectOf(id)]
	}
	return false
}

// modelArgs are the *gorm.DB methods that parse a struct argument as a
// model (schema.Parse, directly or through Statement.Parse). Clauses,
// Raw, Exec and the like take values GORM binds or builds into SQL.
var modelArgs = map[string]bool{
	"Create": true, "CreateInBatches": true, "Save": true, "First": true, "Take": true, "Last": true,
	"Find": true, "FindInBatches": true, "FirstOrInit": true, "FirstOrCreate": true, "Updates": true,
	"UpdateColumns": true, "Delete": true, "Model": true, "Scan": true, "Where": true, "Not": true,
	"Or": true, "Attrs": true, "Assign": true, "AutoMigrate": true, "SetupJoinTable": true,
}

// isExpression reports whether t is a clause.Expression: BuildCondition
// adds such an argument to the SQL before it would parse a struct.
func isExpression(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Build")
	f, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := f.Type().(*types.Signature)
	return sig.Params().Len() == 1 && dialects.IsNamed(sig.Params().At(0).Type(), ImportPath+"/clause", "Builder")
}

// opaque reports whether a value's type hides what is handed over: an
// interface or a type parameter, pointers and slices stripped.
func opaque(t types.Type) bool {
	for t != nil {
		switch u := types.Unalias(t).(type) {
		case *types.TypeParam:
			return true
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		}
		_, ok := t.Underlying().(*types.Interface)
		return ok
	}
	return false
}

func (r *usage) call(n *ast.CallExpr) {
	info := r.code.Info
	name, recv := dialects.Method(info, n)
	db := dialects.IsNamed(recv, ImportPath, "DB")
	if !db && !dialects.IsNamed(recv, ImportPath, "Migrator") {
		return
	}
	if !db || modelArgs[name] {
		for i, arg := range n.Args {
			at := info.TypeOf(arg)
			t, _, _ := dialects.Target(at)
			switch {
			case t == nil:
				// The model is the first argument (every argument of a
				// migration); the rest are mostly values bound into SQL.
				if i == 0 || !db || name == "AutoMigrate" {
					r.u.HandsUnknown = r.u.HandsUnknown || opaque(at)
				}
			case isExpression(at):
			default:
				r.u.Handed = append(r.u.Handed, dialects.RefOf(t))
				if t.Obj().Pkg() == r.code.Pkg {
					r.u.Models = append(r.u.Models, t.Obj())
				}
			}
		}
	}
	switch name {
	case "AutoMigrate", "CreateTable", "CreateConstraint":
		// migrator.go: CreateTable and AutoMigrate add each relation's
		// FOREIGN KEY unless the Config turns it off.
		r.u.Evidence.CreatesFKs = true
	case "SetupJoinTable":
		if len(n.Args) != 3 {
			return
		}
		t, _, _ := dialects.Target(info.TypeOf(n.Args[0]))
		if tv, ok := info.Types[n.Args[1]]; ok && t != nil && tv.Value != nil && tv.Value.Kind() == constant.String {
			ref := dialects.RefOf(t)
			ref.Name += "." + constant.StringVal(tv.Value)
			r.u.JoinTables = append(r.u.JoinTables, ref)
		}
	case "Delete":
		chain := dialects.Chain(n)
		if !db || !r.isUnscoped(chain) {
			return
		}
		if t := dialects.ModelOf(info, chain, "Delete", "Model"); t != nil {
			r.u.Evidence.HardDeletes = append(r.u.Evidence.HardDeletes, dialects.RefOf(t))
		} else {
			r.u.Evidence.HardDeletesAny = true
		}
	}
}
