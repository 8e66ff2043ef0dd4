// Package extract lifts type declarations out of an ORM's _test.go files
// in the module cache into a package of their own, so that the oracle
// tests can run relcheck and the ORM on the ORM's own test models without
// the repository holding a copy of them.
package extract

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ModuleDir is the module cache directory of a module the calling
// module requires, as the go command resolves it.
func ModuleDir(path string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", path, err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return "", fmt.Errorf("go list -m %s: no directory (not downloaded?)", path)
	}
	return dir, nil
}

// Tests is the parsed _test.go files of one package directory.
type Tests struct {
	Fset  *token.FileSet
	Files []*ast.File // sorted by name
	src   map[string][]byte
}

// ParseTests parses the _test.go files of dir whose package clause is
// one of pkgs (pkg for an internal test, pkg_test for an external one).
func ParseTests(dir string, pkgs ...string) (*Tests, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	t := &Tests{Fset: token.NewFileSet(), src: map[string][]byte{}}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(t.Fset, name, b, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if !slices.Contains(pkgs, f.Name.Name) {
			continue
		}
		t.Files = append(t.Files, f)
		t.src[name] = b
	}
	if len(t.Files) == 0 {
		return nil, fmt.Errorf("%s: no _test.go files of package %s", dir, strings.Join(pkgs, " or "))
	}
	return t, nil
}

// TopLevel is the package-level type declarations of the files, in order.
func (t *Tests) TopLevel() []*ast.TypeSpec {
	var out []*ast.TypeSpec
	for _, f := range t.Files {
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					out = append(out, s.(*ast.TypeSpec))
				}
			}
		}
	}
	return out
}

// Local is the type declarations that are statements of block itself
// (not of blocks nested in it), in order.
func Local(block *ast.BlockStmt) []*ast.TypeSpec {
	var out []*ast.TypeSpec
	for _, st := range block.List {
		if ds, ok := st.(*ast.DeclStmt); ok {
			if g, ok := ds.Decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				for _, s := range g.Specs {
					out = append(out, s.(*ast.TypeSpec))
				}
			}
		}
	}
	return out
}

// Names is the unqualified, non-predeclared names a type declaration
// refers to: other types of its scope, or of the package under test.
func Names(spec *ast.TypeSpec) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field: // a field's or method's name is not a reference
			ast.Inspect(n.Type, walk)
			return false
		case *ast.SelectorExpr: // pkg.Name: an import
			return false
		case *ast.Ident:
			if types.Universe.Lookup(n.Name) == nil && !seen[n.Name] {
				seen[n.Name] = true
				out = append(out, n.Name)
			}
		}
		return true
	}
	ast.Inspect(spec.Type, walk)
	return out
}

// Closure is roots and every declaration of scope they reach by name, in
// source order.
func Closure(roots []*ast.TypeSpec, scope map[string]*ast.TypeSpec) []*ast.TypeSpec {
	in := map[*ast.TypeSpec]bool{}
	var out []*ast.TypeSpec
	var add func(s *ast.TypeSpec)
	add = func(s *ast.TypeSpec) {
		if in[s] {
			return
		}
		in[s] = true
		out = append(out, s)
		for _, n := range Names(s) {
			if d, ok := scope[n]; ok {
				add(d)
			}
		}
	}
	for _, r := range roots {
		add(r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos() < out[j].Pos() })
	return out
}

// Scope indexes declarations by name.
func Scope(specs []*ast.TypeSpec) map[string]*ast.TypeSpec {
	m := map[string]*ast.TypeSpec{}
	for _, s := range specs {
		m[s.Name.Name] = s
	}
	return m
}

// Render writes package name holding specs as written in the test files,
// with the imports they use. A name they use that none of them declares
// is the tested package's (the test file was inside it): it becomes an
// alias, type X = tested.X. extra is appended (the oracle's own code).
func (t *Tests) Render(name string, specs []*ast.TypeSpec, tested, extra string) ([]byte, error) {
	declared := Scope(specs)
	imports := map[string]string{} // path -> name as written ("" for the default)
	var aliases []string
	var body bytes.Buffer
	for _, s := range specs {
		file := t.fileOf(s)
		src := t.src[t.Fset.File(file.Pos()).Name()]
		for _, n := range Names(s) {
			if declared[n] == nil {
				if !token.IsExported(n) {
					return nil, fmt.Errorf("%s uses %s, unexported in the tested package", s.Name.Name, n)
				}
				declared[n] = s
				aliases = append(aliases, n)
			}
		}
		ast.Inspect(s.Type, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok {
				if path, as, ok := importOf(file, x.Name); ok {
					imports[path] = as
				}
			}
			return true
		})
		tf := t.Fset.File(s.Pos())
		fmt.Fprintf(&body, "\n// From %s.\ntype %s\n", filepath.Base(tf.Name()),
			src[tf.Offset(s.Pos()):tf.Offset(s.End())])
	}
	var b bytes.Buffer
	// Not marked generated: relcheck reports nothing in generated files.
	fmt.Fprintf(&b, "// Package %[1]s: type declarations of an ORM's _test.go files, read from\n// the module cache by the relcheck oracle for one test run.\npackage %[1]s\n\n", name)
	if len(aliases) > 0 {
		imports[tested] = ""
	}
	var paths []string
	for p := range imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	b.WriteString("import (\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "\t%s %s\n", imports[p], strconv.Quote(p))
	}
	b.WriteString(")\n")
	for _, a := range aliases {
		fmt.Fprintf(&b, "\ntype %s = %s.%s\n", a, defaultName(tested), a)
	}
	b.Write(body.Bytes())
	b.WriteString("\n" + extra)
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%v\n%s", err, b.Bytes())
	}
	return out, nil
}

func (t *Tests) fileOf(s *ast.TypeSpec) *ast.File {
	for _, f := range t.Files {
		if f.FileStart <= s.Pos() && s.Pos() < f.FileEnd {
			return f
		}
	}
	panic("extract: a declaration outside the parsed files")
}

// importOf finds the import a file refers to as name.
func importOf(f *ast.File, name string) (path, as string, ok bool) {
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if imp.Name != nil {
			if imp.Name.Name == name {
				return p, name, true
			}
			continue
		}
		base := defaultName(p)
		if base == name {
			return p, "", true
		}
	}
	return "", "", false
}

// defaultName is the name an import path is known by without a name: its
// last element, or the one before a /vN suffix.
func defaultName(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		if v := path[i+1:]; len(v) > 1 && v[0] == 'v' && strings.Trim(v[1:], "0123456789") == "" {
			path = path[:i]
		}
	}
	return path[strings.LastIndexByte(path, '/')+1:]
}
