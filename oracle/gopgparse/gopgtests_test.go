package gopgparse

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"path/filepath"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/extract"
	"github.com/relcheck/relcheck/oracle/internal/run"
	"github.com/relcheck/relcheck/oracle/verdict"
)

// go-pg's own test models: every exported struct type declared at package
// level in go-pg v10.11.0's _test.go files (package pg's external tests,
// package orm's internal and external ones), read from the module cache.
// Each relcheck finding on them is true, and listed here with the reason;
// the rule pages explain them too.
var gopgTestsExplained = map[string]string{
	"cascade-ineffective SoftDeleteSubChild.SoftDeleteChildId": "its only relation is a belongs-to go-pg " +
		"guesses from SoftDeleteChild.SubChildren, which builds no foreign key; the DDL below has none",
}

// gopgTestSets are the packages lifted out of go-pg's tests: the
// temporary package, go-pg's directory and package clauses, and the
// package those tests were inside.
var gopgTestSets = []struct {
	name, dir string
	clauses   []string
	tested    string
}{
	{"pgtests", ".", []string{"pg_test"}, "github.com/go-pg/pg/v10"},
	{"ormtests", "orm", []string{"orm", "orm_test"}, "github.com/go-pg/pg/v10/orm"},
}

// The number of models go-pg v10.11.0's tests declare that way: fewer
// means the extraction lost some.
const gopgTestModels = 94

// gopgTestModule lifts the models into a temporary module, package
// gopgtests/<set> each with a Models map, and a main that prints what
// go-pg makes of them (verdict.GoPG).
func gopgTestModule(t *testing.T) string {
	t.Helper()
	root, err := extract.ModuleDir("github.com/go-pg/pg/v10")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	n := 0
	var sets []string
	for _, s := range gopgTestSets {
		tests, err := extract.ParseTests(filepath.Join(root, s.dir), s.clauses...)
		if err != nil {
			t.Fatal(err)
		}
		top := tests.TopLevel()
		var models []*ast.TypeSpec
		var list strings.Builder
		for _, d := range top {
			if _, ok := d.Type.(*ast.StructType); ok && d.Name.IsExported() {
				models = append(models, d)
				fmt.Fprintf(&list, "\t%q: (*%s)(nil),\n", d.Name.Name, d.Name.Name)
			}
		}
		n += len(models)
		src, err := tests.Render(s.name, extract.Closure(models, extract.Scope(top)), s.tested,
			"// Models is every model above, by name.\nvar Models = map[string]any{\n"+list.String()+"}\n")
		if err != nil {
			t.Fatal(err)
		}
		files[s.name+"/models.go"] = src
		sets = append(sets, fmt.Sprintf("%q: %s.Models", s.name, s.name))
	}
	if n != gopgTestModels {
		t.Fatalf("%d models in go-pg's tests, want %d", n, gopgTestModels)
	}
	var imports []string
	var order []string
	for _, s := range gopgTestSets {
		imports = append(imports, fmt.Sprintf("%q", "gopgtests/"+s.name))
		order = append(order, fmt.Sprintf("%q", s.name))
	}
	files["main.go"] = []byte(`package main

import (
	"github.com/relcheck/relcheck/oracle/verdict"
	` + strings.Join(imports, "\n\t") + `
)

func main() {
	verdict.GoPG([]string{` + strings.Join(order, ", ") + `}, map[string]map[string]any{` + strings.Join(sets, ", ") + `})
}
`)
	return run.Module(t, "gopgtests", files)
}

func TestGoPGTestModelsAreCleanOrExplained(t *testing.T) {
	dir := gopgTestModule(t)
	var patterns []string
	for _, s := range gopgTestSets {
		patterns = append(patterns, "gopgtests/"+s.name)
	}
	_, fs := run.Analyze(t, analyzer.Analyzer, run.LoadIn(t, dir, false, patterns...))
	seen := map[string]bool{}
	fails := map[string]bool{} // models relcheck says go-pg fails on
	for _, f := range fs {
		subject, _, _ := strings.Cut(strings.TrimPrefix(f.Message, f.Category+": "), " ")
		subject = strings.TrimSuffix(subject, ":")
		if strings.Contains(f.Text(), "go-pg fails at first use") || strings.Contains(f.Text(), "go-pg panics") {
			model, _, _ := strings.Cut(subject, ".")
			fails[model] = true
		}
		key := f.Category + " " + subject
		if _, ok := gopgTestsExplained[key]; ok {
			seen[key] = true
			continue
		}
		t.Errorf("unexplained finding on go-pg's own test models: %s:%d: %s", f.Pkg, f.Line, f.Message)
	}
	for k := range gopgTestsExplained {
		if !seen[k] {
			t.Errorf("expected finding %q is gone: update the list and the rule page", k)
		}
	}

	// go-pg builds every one of these tables, as relcheck expects.
	var said map[string]map[string]verdict.GoPGTable
	if err := json.Unmarshal(run.GoRun(t, dir, "."), &said); err != nil {
		t.Fatal(err)
	}
	built, asked := 0, 0
	for _, s := range gopgTestSets {
		for n, tbl := range said[s.name] {
			asked++
			if (tbl.Panic != "") != fails[n] {
				t.Errorf("%s.%s: go-pg panics %q, relcheck says it fails: %v", s.name, n, tbl.Panic, fails[n])
			}
			if tbl.Panic == "" {
				built++
			}
		}
	}
	if asked != gopgTestModels {
		t.Fatalf("go-pg was asked about %d models, want %d", asked, gopgTestModels)
	}
	t.Logf("go-pg built %d tables", built)

	// go-pg's tests never create NonPKJoinTest's table, so relcheck is
	// silent on its key; where the program creates it with foreign keys
	// (-fk-constraints=true says so here), the key references a column
	// that is not unique, as go-pg's DDL shows.
	a := analyzer.New()
	if err := a.Flags.Set("fk-constraints", "true"); err != nil {
		t.Fatal(err)
	}
	_, fs = run.Analyze(t, a, run.LoadIn(t, dir, false, "gopgtests/ormtests"))
	if !strings.Contains(strings.Join(run.Messages(fs), "\n"), "references-not-unique: NonPKJoinTest.CustomHasOne references HasOneNonPK.CustomKey") {
		t.Errorf("with foreign keys, no references-not-unique on NonPKJoinTest.CustomHasOne:\n%s", strings.Join(run.Messages(fs), "\n"))
	}
	orm := said["ormtests"]
	if q := orm["NonPKJoinTest"].DDL; !strings.Contains(q, `FOREIGN KEY ("custom_has_one_key") REFERENCES "HasOneNonPK" ("custom_key")`) {
		t.Errorf("NonPKJoinTest: %s", q)
	}
	if q := orm["HasOneNonPK"].DDL; q == "" || strings.Contains(q, "UNIQUE") {
		t.Errorf("HasOneNonPK.custom_key is unique after all: %s", q)
	}
	if q := orm["SoftDeleteSubChild"].DDL; q == "" || strings.Contains(q, "FOREIGN KEY") {
		t.Errorf("SoftDeleteSubChild has a foreign key after all: %s", q)
	}
}
