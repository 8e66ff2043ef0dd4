package entgraph

import (
	"bytes"
	"flag"
	"fmt"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"entgo.io/ent"
	"entgo.io/ent/entc/gen"
	"entgo.io/ent/entc/load"

	"github.com/relcheck/relcheck/analyzer"
	entcread "github.com/relcheck/relcheck/internal/schema/entc"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/generated"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

var update = flag.Bool("update", false, "rewrite the corpus's relcheck_schema.go files from entc's output")

// entcMigrate runs entc's code generator on schemas and returns the
// directory of the migrate package it wrote, "" when it wrote none. Gen
// itself then fails formatting ent/runtime.go, as the test gives entc no
// schema package path; migrate/schema.go is written before.
func entcMigrate(t *testing.T, schemas []ent.Interface) string {
	t.Helper()
	return entcMigrateIn(t, t.TempDir(), schemas)
}

// entcMigrateIn is entcMigrate writing under root.
func entcMigrateIn(t *testing.T, root string, schemas []ent.Interface) string {
	t.Helper()
	var loaded []*load.Schema
	for _, s := range schemas {
		b, err := load.MarshalSchema(s)
		if err != nil {
			t.Fatal(err)
		}
		ls, err := load.UnmarshalSchema(b)
		if err != nil {
			t.Fatal(err)
		}
		loaded = append(loaded, ls)
	}
	storage, err := gen.NewStorage("sql")
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(root, "ent")
	g, err := gen.NewGraph(&gen.Config{Package: "example/ent", Target: target, Storage: storage}, loaded...)
	if err != nil {
		t.Fatal(err)
	}
	err = g.Gen()
	dir := filepath.Join(target, "migrate")
	if _, serr := os.Stat(filepath.Join(dir, "schema.go")); serr != nil {
		t.Logf("entc wrote no migrate/schema.go: %v", err)
		return ""
	}
	return dir
}

// relcheckSchema runs relcheck-schema -dialect=ent on a migrate directory
// as a project's go:generate line would, from the ent/schema directory
// next to it, and returns the file it writes.
func relcheckSchema(t *testing.T, cmdPath, migrate, pkg string) []byte {
	t.Helper()
	dir := filepath.Join(filepath.Dir(migrate), "schema")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "relcheck_schema.go")
	cmd := exec.Command(cmdPath, "-dialect=ent", "-pkg", pkg, "-o", out, migrate)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("relcheck-schema: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shared is a directory for what several tests of this binary reuse:
// relcheck-schema, built once, and entc's output per case, generated
// once (entc's code generation is most of this package's cost).
var (
	shared     string
	buildOnce  sync.Once
	buildErr   error
	migrateMu  sync.Mutex
	migrateDir = map[string]string{}
)

func TestMain(m *testing.M) {
	var err error
	if shared, err = os.MkdirTemp("", "entgraph"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(shared)
	os.Exit(code)
}

// schemaCommand builds relcheck-schema, once per test binary.
func schemaCommand(t *testing.T) string {
	t.Helper()
	path := filepath.Join(shared, "relcheck-schema")
	buildOnce.Do(func() {
		if b, err := exec.Command("go", "build", "-o", path, "github.com/relcheck/relcheck/cmd/relcheck-schema").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build relcheck-schema: %v\n%s", err, b)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return path
}

// caseMigrate is entcMigrate for a case of the cases table, run once per
// case and test binary; callers only read the directory.
func caseMigrate(t *testing.T, name string) string {
	t.Helper()
	migrateMu.Lock()
	defer migrateMu.Unlock()
	if dir, ok := migrateDir[name]; ok {
		return dir
	}
	dir := entcMigrateIn(t, filepath.Join(shared, "cases", name), cases[name].schemas)
	migrateDir[name] = dir
	return dir
}

// TestGeneratedSchema holds the corpus's relcheck_schema.go files to what
// entc and relcheck-schema produce now: generated's from its own schemas,
// stale's from generated's schemas (the older version of stale's). Run
// with -update to rewrite them.
func TestGeneratedSchema(t *testing.T) {
	migrate := entcMigrate(t, []ent.Interface{generated.User{}, generated.Pet{}, generated.Group{}, generated.App{}, generated.AppStripe{}})
	if migrate == "" {
		t.Fatal("no migrate/schema.go")
	}
	cmd := schemaCommand(t)
	for _, pkg := range []string{"generated", "stale"} {
		got := relcheckSchema(t, cmd, migrate, pkg)
		path := filepath.Join("corpus", pkg, "relcheck_schema.go")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not what entc and relcheck-schema produce now (run go test -run TestGeneratedSchema -update):\n%s", path, got)
		}
	}
}

// TestReadGenerated holds relcheck's reader of migrate/schema.go to
// entc: for every case entc builds, the file entc writes reads back as
// the tables Graph.Tables returns (columns, NOT NULL, uniqueness,
// foreign keys, their referenced tables and actions).
func TestReadGenerated(t *testing.T) {
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tables, err := entGraph(t, c.schemas)
			if err != nil {
				return // entc rejects the case: there is no file
			}
			dir := caseMigrate(t, name)
			if dir == "" {
				return // entc's templates fail on it (tworefs)
			}
			got, err := entcread.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Tables) != len(tables) {
				t.Errorf("read %d tables, entc built %d", len(got.Tables), len(tables))
			}
			for _, gt := range got.Tables {
				et := tables[gt.Name]
				if et == nil {
					t.Errorf("read a table %s entc did not build", gt.Name)
					continue
				}
				if len(gt.Columns) != len(et.Columns) {
					t.Errorf("%s: read %d columns, entc built %d", gt.Name, len(gt.Columns), len(et.Columns))
				}
				for _, ec := range et.Columns {
					c := gt.Column(ec.Name)
					switch {
					case c == nil:
						t.Errorf("%s.%s: not read", gt.Name, ec.Name)
					case c.NotNull == ec.Nullable:
						t.Errorf("%s.%s: read NOT NULL %v, entc nullable %v", gt.Name, ec.Name, c.NotNull, ec.Nullable)
					case ec.Unique != (gt.UniqueOn([]string{ec.Name}) != nil && !(len(gt.PrimaryKey) == 1 && gt.PrimaryKey[0] == ec.Name)):
						t.Errorf("%s.%s: read unique %v, entc %v", gt.Name, ec.Name, !ec.Unique, ec.Unique)
					}
				}
				if len(gt.ForeignKeys) != len(et.ForeignKeys) {
					t.Errorf("%s: read %d foreign keys, entc built %d", gt.Name, len(gt.ForeignKeys), len(et.ForeignKeys))
				}
				for _, efk := range et.ForeignKeys {
					var cols []string
					for _, c := range efk.Columns {
						cols = append(cols, c.Name)
					}
					fk := gt.ForeignKeyOn(cols)
					if fk == nil {
						t.Errorf("%s%v: no foreign key read", gt.Name, cols)
						continue
					}
					if fk.RefTable != efk.RefTable.Name || fk.OnDelete != string(efk.OnDelete) || fk.Name != efk.Symbol {
						t.Errorf("%s%v: read %s -> %s ON DELETE %s; entc %s -> %s ON DELETE %s",
							gt.Name, cols, fk.Name, fk.RefTable, fk.OnDelete, efk.Symbol, efk.RefTable.Name, efk.OnDelete)
					}
				}
			}
		})
	}
}

// TestAnalyzerCopies holds the analyzer's test cases entgenerated and
// entstale to the corpus entc judges: the same generated file, and the
// same schema code but for comments.
func TestAnalyzerCopies(t *testing.T) {
	for _, pkg := range []string{"generated", "stale"} {
		corpus, copied := filepath.Join("corpus", pkg), filepath.Join("..", "..", "analyzer", "testdata", "src", "ent"+pkg)
		a, err1 := os.ReadFile(filepath.Join(corpus, "relcheck_schema.go"))
		b, err2 := os.ReadFile(filepath.Join(copied, "schema_generated.go"))
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Errorf("%s/schema_generated.go is not a copy of %s/relcheck_schema.go (%v, %v)", copied, corpus, err1, err2)
		}
		if x, y := code(t, filepath.Join(corpus, "schema.go")), code(t, filepath.Join(copied, "schema.go")); x != y {
			t.Errorf("%s/schema.go differs from %s/schema.go in code:\n%s\n---\n%s", copied, corpus, y, x)
		}
	}
}

// code is a Go file printed without its comments.
func code(t *testing.T, path string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSameWithGeneratedSchema runs every case entc builds again, with the
// relcheck_schema.go that relcheck-schema -dialect=ent writes from entc's
// own migrate/schema.go: a file that agrees with the code must not change
// what relcheck reports.
func TestSameWithGeneratedSchema(t *testing.T) {
	cmd := schemaCommand(t)
	files := map[string][]byte{}
	var names []string
	for name, c := range cases {
		dir := filepath.Join("corpus", name)
		if _, err := os.Stat(filepath.Join(dir, "relcheck_schema.go")); err == nil {
			continue // carries its own file (generated, stale)
		}
		if _, err := entGraph(t, c.schemas); err != nil {
			continue
		}
		migrate := caseMigrate(t, name)
		if migrate == "" {
			continue
		}
		gos, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(gos) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, g := range gos {
			src, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			files[name+"/"+filepath.Base(g)] = src
		}
		files[name+"/relcheck_schema.go"] = relcheckSchema(t, cmd, migrate, name)
		names = append(names, name)
	}
	const mod = "example.com/withschema"
	dir := run.Module(t, mod, files)
	var patterns []string
	for _, n := range names {
		patterns = append(patterns, mod+"/"+n)
	}
	_, findings := run.Analyze(t, analyzer.Analyzer, run.LoadIn(t, dir, false, patterns...))
	got := map[string][]string{}
	for _, f := range findings {
		n := strings.TrimPrefix(f.Pkg, mod+"/")
		got[n] = append(got[n], f.Category)
	}
	for _, n := range names {
		if g, w := strings.Join(got[n], ","), strings.Join(cases[n].rules, ","); g != w {
			t.Errorf("%s with its generated schema: relcheck reports %q, without it %q", n, g, w)
		}
	}
	t.Logf("%d cases with a generated schema", len(names))
	if len(names) < 10 {
		t.Errorf("only %d cases ran with a generated schema", len(names))
	}
}
