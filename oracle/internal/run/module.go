package run

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/internal/load"
)

// Module writes a temporary module named name that requires what the
// oracle module requires, and the oracle module itself (its go.mod and
// go.sum, with both replaced by their directories), plus files (paths
// relative to the module's root). It returns the module's directory.
func Module(t testing.TB, name string, files map[string][]byte) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	oracle := filepath.Dir(gomod)
	mod, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(oracle, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, line := range strings.Split(string(mod), "\n") {
		switch {
		case strings.HasPrefix(line, "module "):
			b.WriteString("module " + name + "\n\n")
			b.WriteString("require github.com/relcheck/relcheck/oracle v0.0.0-00010101000000-000000000000\n\n")
			b.WriteString("replace github.com/relcheck/relcheck/oracle => " + oracle)
		case strings.HasPrefix(line, "replace github.com/relcheck/relcheck => "):
			b.WriteString("replace github.com/relcheck/relcheck => " + filepath.Dir(oracle))
		default:
			b.WriteString(line)
		}
		b.WriteString("\n")
	}
	dir := t.TempDir()
	all := map[string][]byte{"go.mod": []byte(b.String()), "go.sum": sum}
	for p, src := range files {
		all[p] = src
	}
	for p, src := range all {
		p = filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// moduleEnv is the go command's environment in a Module: its go.mod
// may lack a go.sum line the oracle module never needed.
func moduleEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
}

// LoadIn is Load in the module at dir.
func LoadIn(t testing.TB, dir string, tests bool, patterns ...string) []*packages.Package {
	t.Helper()
	pkgs, err := load.Packages(&packages.Config{Dir: dir, Tests: tests, Env: moduleEnv()}, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load %v in %s: %v", patterns, dir, err)
	}
	return pkgs
}

// GoRun runs the main package pkg of the module at dir and returns its
// standard output.
func GoRun(t testing.TB, dir, pkg string) []byte {
	t.Helper()
	cmd := exec.Command("go", "run", pkg)
	cmd.Dir = dir
	cmd.Env = moduleEnv()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run %s: %v\n%s", pkg, err, stderr.String())
	}
	return out
}
