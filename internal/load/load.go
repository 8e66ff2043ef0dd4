// Package load loads packages for analysis the way relcheck's standalone
// driver does, and the oracle tests with it: every dependency from
// source, as relcheck's facts need, but with the function bodies it never
// reads dropped.
package load

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/relcheck/relcheck/internal/dialects/all"
	"golang.org/x/tools/go/packages"
)

// ormImports are the packages whose users relcheck reads function bodies
// of (db.AutoMigrate(&User{}), gorm.Config{...}).
var ormImports = all.ImportPaths()

// Packages loads the packages matching patterns, and every dependency,
// from source: relcheck exports facts, so the whole program must be
// analysed.
//
// Unlike singlechecker, it drops the function bodies and comments of
// files in GOROOT, the module cache and the vendor directory that import
// no ORM. relcheck reads declarations and struct tags there, never statements, and those bodies are most of
// the memory and time of type-checking the standard library and third-
// party code. What the drop costs go/types is a few errors ("imported and
// not used") in exactly those files; they are removed again below. Files
// of the module being checked, and of dependencies that use an ORM, keep
// their bodies.
//
// cfg gives Dir, Env, Tests and any Mode bits beyond LoadAllSyntax; its
// ParseFile is replaced.
func Packages(cfg *packages.Config, patterns ...string) ([]*packages.Package, error) {
	roots, err := dependencyRoots(cfg.Dir, cfg.Env)
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex // ParseFile runs concurrently
	trimmed := map[*token.File]bool{}
	c := *cfg
	cfg = &c
	cfg.Mode |= packages.LoadAllSyntax
	cfg.ParseFile = func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		const mode = parser.AllErrors | parser.SkipObjectResolution
		if under(filename, roots) {
			// Comments matter only where findings are reported, and
			// dependencies are never reported on.
			f, err := parser.ParseFile(fset, filename, src, mode)
			if f != nil && err == nil && !importsAny(f, ormImports) {
				trimBodies(f)
				mu.Lock()
				trimmed[fset.File(f.FileStart)] = true
				mu.Unlock()
				return f, err
			}
		}
		return parser.ParseFile(fset, filename, src, mode|parser.ParseComments)
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err != nil {
		return nil, err
	}
	forgiveTrimmed(pkgs, trimmed)
	return pkgs, nil
}

// dependencyRoots are GOROOT/src, the module cache and the main module's
// (or workspace's) vendor directory: code that is never reported on, only
// read for facts. Without -mod=vendor no package is loaded from vendor/,
// so naming it costs nothing.
func dependencyRoots(dir string, environ []string) ([]string, error) {
	cmd := exec.Command("go", "env", "-json", "GOROOT", "GOMODCACHE", "GOMOD", "GOWORK")
	cmd.Dir, cmd.Env = dir, environ
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	var env struct{ GOROOT, GOMODCACHE, GOMOD, GOWORK string }
	if err := json.Unmarshal(out, &env); err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	var roots []string
	add := func(d string) {
		roots = append(roots, filepath.Clean(d)+string(filepath.Separator))
	}
	if env.GOROOT != "" {
		add(filepath.Join(env.GOROOT, "src"))
	}
	if env.GOMODCACHE != "" {
		add(env.GOMODCACHE)
	}
	switch {
	case env.GOWORK != "" && env.GOWORK != "off":
		add(filepath.Join(filepath.Dir(env.GOWORK), "vendor"))
	case env.GOMOD != "" && env.GOMOD != os.DevNull:
		add(filepath.Join(filepath.Dir(env.GOMOD), "vendor"))
	}
	return roots, nil
}

func under(filename string, roots []string) bool {
	for _, r := range roots {
		if strings.HasPrefix(filename, r) {
			return true
		}
	}
	return false
}

func importsAny(f *ast.File, paths []string) bool {
	for _, imp := range f.Imports {
		p := strings.Trim(imp.Path.Value, "`\"")
		for _, q := range paths {
			if p == q || strings.HasPrefix(p, q+"/") {
				return true
			}
		}
	}
	return false
}

// trimBodies drops the bodies go/types can do without: not those of
// generic functions and methods, nor init, which it requires.
func trimBodies(f *ast.File) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams != nil || (fd.Recv == nil && fd.Name.Name == "init") || genericRecv(fd) {
			continue
		}
		fd.Body = nil
	}
}

func genericRecv(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// forgiveTrimmed removes the "... not used" errors that trimming caused
// and recomputes IllTyped, which covers a package and its dependencies.
// An error is matched to a trimmed file by its unadjusted position: a
// //line directive (ragel, yacc) makes the printed position name another
// file, parser.rl:12, that was never trimmed.
func forgiveTrimmed(pkgs []*packages.Package, trimmed map[*token.File]bool) {
	ill := map[*packages.Package]bool{}
	var visit func(*packages.Package) bool
	visit = func(p *packages.Package) bool {
		if v, done := ill[p]; done {
			return v
		}
		ill[p] = p.IllTyped // cycles (impossible in Go) stay as they were
		forgiven := map[packages.Error]bool{}
		terrs := p.TypeErrors[:0]
		for _, e := range p.TypeErrors {
			if e.Soft && strings.HasSuffix(e.Msg, "not used") && trimmed[e.Fset.File(e.Pos)] {
				// As go/packages turns a types.Error into a packages.Error.
				forgiven[packages.Error{Pos: e.Fset.Position(e.Pos).String(), Msg: e.Msg, Kind: packages.TypeError}] = true
				continue
			}
			terrs = append(terrs, e)
		}
		p.TypeErrors = terrs
		errs := p.Errors[:0]
		for _, e := range p.Errors {
			if !forgiven[e] {
				errs = append(errs, e)
			}
		}
		p.Errors = errs
		bad := len(errs) > 0
		for _, q := range p.Imports {
			if visit(q) {
				bad = true
			}
		}
		p.IllTyped, ill[p] = bad, bad
		return bad
	}
	for _, p := range pkgs {
		visit(p)
	}
}
