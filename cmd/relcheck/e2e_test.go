package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// build compiles relcheck once per test binary.
func build(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "relcheck-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "relcheck")
		if runtime.GOOS == "windows" {
			binPath += ".exe"
		}
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// module copies testdata/twopkg (two packages, the FK in one of the wrong
// type for the key in the other) and a GORM stub into a temp module.
func module(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, "testdata/twopkg", dir)
	copyTree(t, "../../analyzer/testdata/src/gorm.io/gorm", filepath.Join(dir, "_gorm"))
	write(t, filepath.Join(dir, "_gorm", "go.mod"), "module gorm.io/gorm\n\ngo 1.22\n")
	return dir
}

func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out.String(), code
}

// The finding is reported in package orders, at the foreign key, with the
// rule ID: it can only be found through the fact package models exports.
var want = regexp.MustCompile(`orders/orders\.go:9:2: (error: )?fk-type-mismatch: Order\.AccountCode \(uint\) references Account\.Code \(string\); change it to string`)

func TestGoVetVettool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the go command")
	}
	bin, dir := build(t), module(t)
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if !want.MatchString(out) {
		t.Errorf("go vet output lacks the cross-package finding:\n%s", out)
	}
	if code == 0 {
		t.Errorf("go vet exited 0 despite a finding")
	}
	if strings.Contains(out, "models/models.go") {
		t.Errorf("a finding was reported in the clean package:\n%s", out)
	}
}

func TestStandalone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the go command")
	}
	bin, dir := build(t), module(t)
	out, code := run(t, dir, bin, "./...")
	if !want.MatchString(out) || code != 3 {
		t.Errorf("exit %d, want 3 with the finding:\n%s", code, out)
	}
	// Positions are relative to the working directory, as go vet prints
	// them.
	if !regexp.MustCompile(`(?m)^orders/orders\.go:9:2: error: fk-type-mismatch: `).MatchString(out) {
		t.Errorf("want a position relative to the working directory:\n%s", out)
	}
	out, code = run(t, dir, bin, "./models/...")
	if code != 0 || out != "relcheck: 1 model in 1 package: no findings\n" {
		t.Errorf("clean package: exit %d, output %q", code, out)
	}
	out, code = run(t, dir, bin, "-json", "./...")
	var js map[string]map[string][]struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatalf("-json: %v\n%s", err, out)
	}
	diags := js["example.com/shop/orders"]["relcheck"]
	if len(diags) != 1 || diags[0].Category != "fk-type-mismatch" || diags[0].Posn != "orders/orders.go:9:2" {
		t.Errorf("-json: %+v", js)
	}
	if _, code = run(t, dir, bin, "-disable=no-such-rule", "./..."); code != 1 {
		t.Errorf("unknown rule: exit %d, want 1", code)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.Walk(from, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, strings.TrimSuffix(rel, ".txt"))
		if info.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Vendored code is a dependency: its models are read (a relation into it
// is checked), but nothing is reported inside vendor/, even a model that
// is broken there.
func TestVendored(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the go command")
	}
	bin, dir := build(t), module(t)
	dep := filepath.Join(dir, "_dep")
	if err := os.MkdirAll(dep, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dep, "go.mod"), "module example.com/dep\n\ngo 1.22\n")
	write(t, filepath.Join(dep, "dep.go"), `package dep

type Ledger struct {
	ID   uint
	Code string `+"`gorm:\"uniqueIndex\"`"+`
}

// Broken: GORM fails on it, but it is not this module's to fix.
type Entry struct {
	ID     uint
	Ledger Ledger `+"`gorm:\"foreignKey:Nope\"`"+`
}
`)
	write(t, filepath.Join(dir, "go.mod"), "module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgorm.io/gorm v1.31.2\n\texample.com/dep v0.0.0\n)\n\nreplace gorm.io/gorm => ./_gorm\n\nreplace example.com/dep => ./_dep\n")
	if err := os.MkdirAll(filepath.Join(dir, "ledger"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "ledger", "ledger.go"), `package ledger

import "example.com/dep"

type Line struct {
	ID         uint
	Ledger     dep.Ledger `+"`gorm:\"foreignKey:LedgerCode;references:Code\"`"+`
	LedgerCode int64
}
`)
	if out, code := run(t, dir, "go", "mod", "vendor"); code != 0 {
		t.Fatalf("go mod vendor: %s", out)
	}
	cmd := exec.Command(bin, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off")
	outb, _ := cmd.CombinedOutput()
	out := string(outb)
	if !regexp.MustCompile(`(?m)^ledger/ledger\.go:\d+:\d+: error: fk-type-mismatch: Line\.LedgerCode \(int64\) references Ledger\.Code`).MatchString(out) {
		t.Errorf("the relation into vendored code is not checked:\n%s", out)
	}
	if strings.Contains(out, "vendor/") || strings.Contains(out, "Entry") {
		t.Errorf("a finding inside vendor/:\n%s", out)
	}
	// Named on the command line, the vendored package is reported on:
	// the silence above is the driver's, not a model that is not broken.
	cmd = exec.Command(bin, "example.com/dep")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=vendor", "GOPROXY=off")
	outb, _ = cmd.CombinedOutput()
	if !strings.Contains(string(outb), "fk-missing: Entry.Ledger") {
		t.Errorf("the vendored broken model is not broken:\n%s", outb)
	}
}
