package dialects

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// Code is what a usage reader sees of one package: its types and the
// type-checker's record of its syntax.
type Code struct {
	Pkg  *types.Package
	Info *types.Info
}

// UsageReader reads one package's calls into an ORM during the analyzer's
// single walk over the package's syntax. Visit is handed every node of
// the types Nodes lists, in source order.
type UsageReader interface {
	Nodes() []ast.Node
	Visit(ast.Node)
	// Usage is what the walk found.
	Usage() Usage
}

// Usage is what a package's code tells about its models beyond their
// declarations, in neutral terms.
type Usage struct {
	// Models are structs of the package handed to the ORM
	// (db.AutoMigrate(&User{})): models even without tags.
	Models []*types.TypeName
	// JoinTables are many-to-many relations ("User.Languages") given a
	// join model of the program's own (GORM's SetupJoinTable).
	JoinTables []model.Ref
	// Evidence is what the code shows about the database.
	Evidence model.Evidence
	// Handed are the structs, of any package, handed to the ORM where
	// it parses them as models. TracksHanded says the reader records
	// them; HandsUnknown that some value handed over has no concrete
	// type (a generic repository's T, an any), so which are is unknown.
	Handed       []model.Ref
	TracksHanded bool
	HandsUnknown bool
}

// Uses reports whether pkg is a user of the ORM at path: it imports path
// or one of its sub-packages, and is not one of them (the ORM's own code
// calls AutoMigrate, but creates no table of the program's).
func Uses(pkg *types.Package, path string) bool {
	if within(pkg.Path(), path) {
		return false
	}
	for _, p := range pkg.Imports() {
		if within(p.Path(), path) {
			return true
		}
	}
	return false
}

func within(p, path string) bool {
	return p == path || strings.HasPrefix(p, path+"/")
}

// Chain returns the calls of a method chain, outermost first:
// db.Unscoped().Where(x).Delete(&u) gives Delete, Where, Unscoped.
func Chain(call *ast.CallExpr) []*ast.CallExpr {
	var out []*ast.CallExpr
	for call != nil {
		out = append(out, call)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return out
}

// Method returns the name of the method call invokes and the type that
// declares it (so a method promoted from an embedded *gorm.DB is still
// gorm.DB's), or "" when call is not a method call.
func Method(info *types.Info, call *ast.CallExpr) (string, types.Type) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", nil
	}
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return "", nil
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return "", nil
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return "", nil
	}
	return sel.Sel.Name, recv.Type()
}

// Receiver is the expression a method chain starts from: db in
// db.Where(x).Delete(&u).
func Receiver(chain []*ast.CallExpr) ast.Expr {
	if len(chain) == 0 {
		return nil
	}
	sel, ok := ast.Unparen(chain[len(chain)-1].Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	return ast.Unparen(sel.X)
}

// ModelOf returns the model a query chain names through the first
// argument of one of the named methods (Delete(&u), Model(&u)), the
// outermost first; nil when none names a struct type statically.
func ModelOf(info *types.Info, chain []*ast.CallExpr, methods ...string) *types.Named {
	for _, c := range chain {
		name, _ := Method(info, c)
		for _, m := range methods {
			if name == m && len(c.Args) > 0 {
				if n, _, _ := Target(info.TypeOf(c.Args[0])); n != nil {
					return n
				}
			}
		}
	}
	return nil
}

// ConstTrue reports whether e is a constant true.
func ConstTrue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "true"
}

// FieldSet returns the struct field a composite-literal key or an
// assignment's left side sets, when it is one of pkg.typ's fields named
// name: gorm.Config{Name: v}, cfg.Name = v, db.Config.Name = v.
func FieldSet(info *types.Info, lhs ast.Expr, pkg, name string) bool {
	var id *ast.Ident
	switch x := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	if id.Name != name {
		return false
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	return ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == pkg
}
