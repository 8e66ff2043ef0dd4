package analyzer

import (
	"go/ast"
	"reflect"
)

// nodeIndex is a package's syntax reduced to the kinds of node that
// relcheck's readers ask for, in preorder: the usage readers, the
// call-site scan, the field index and the suppression directives all
// iterate it, so each package's files are walked once, and only in
// packages that need it.
//
// It replaces inspect.Analyzer, which relcheck required at first. That
// analyzer runs on every package relcheck visits for facts (the standard
// library included, where relcheck reads no syntax), records every node
// of the package twice, and the checker keeps its result until the run
// ends: on 5k models it added a fifth to the standalone driver's peak
// memory (docs/performance.md).
type nodeIndex struct {
	files []*ast.File
	nodes []ast.Node
	kinds []uint16
}

// indexed are the kinds a nodeIndex holds. Preorder asked for another
// kind walks the files instead; TestNodeIndexCoversReaders holds the
// dialects' usage readers to this list.
var indexed = []ast.Node{
	(*ast.AssignStmt)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil),
	(*ast.DeclStmt)(nil), (*ast.ExprStmt)(nil), (*ast.Field)(nil),
	(*ast.FuncDecl)(nil), (*ast.GenDecl)(nil), (*ast.ReturnStmt)(nil),
	(*ast.StructType)(nil), (*ast.TypeSpec)(nil), (*ast.ValueSpec)(nil),
}

// kindOf is n's bit among indexed, 0 for a kind the index does not hold.
func kindOf(n ast.Node) uint16 {
	switch n.(type) {
	case *ast.AssignStmt:
		return 1 << 0
	case *ast.CallExpr:
		return 1 << 1
	case *ast.CompositeLit:
		return 1 << 2
	case *ast.DeclStmt:
		return 1 << 3
	case *ast.ExprStmt:
		return 1 << 4
	case *ast.Field:
		return 1 << 5
	case *ast.FuncDecl:
		return 1 << 6
	case *ast.GenDecl:
		return 1 << 7
	case *ast.ReturnStmt:
		return 1 << 8
	case *ast.StructType:
		return 1 << 9
	case *ast.TypeSpec:
		return 1 << 10
	case *ast.ValueSpec:
		return 1 << 11
	}
	return 0
}

func indexNodes(files []*ast.File) *nodeIndex {
	x := &nodeIndex{files: files}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if k := kindOf(n); k != 0 {
				x.nodes = append(x.nodes, n)
				x.kinds = append(x.kinds, k)
			}
			return true
		})
	}
	return x
}

// Preorder calls f for each node of one of the kinds (given as typed nil
// pointers, as for inspector.Preorder), in the order of a depth-first
// walk of the files.
func (x *nodeIndex) Preorder(kinds []ast.Node, f func(ast.Node)) {
	var mask uint16
	for _, k := range kinds {
		b := kindOf(k)
		if b == 0 {
			x.walk(kinds, f)
			return
		}
		mask |= b
	}
	for i, n := range x.nodes {
		if x.kinds[i]&mask != 0 {
			f(n)
		}
	}
}

// walk is Preorder for kinds the index does not hold.
func (x *nodeIndex) walk(kinds []ast.Node, f func(ast.Node)) {
	want := map[reflect.Type]bool{}
	for _, k := range kinds {
		want[reflect.TypeOf(k)] = true
	}
	for _, file := range x.files {
		ast.Inspect(file, func(n ast.Node) bool {
			if n != nil && want[reflect.TypeOf(n)] {
				f(n)
			}
			return true
		})
	}
}
