package analyzer_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
)

// Without code that creates foreign keys, the rules about what the
// database does with them are silent.
func TestNoEvidence(t *testing.T) {
	run(t, "noevidence")
}

// Evidence in an imported package reaches the models as a fact.
func TestEvidenceFromImport(t *testing.T) {
	run(t, "factflow/models")
}

// Evidence in an importer is seen only when the driver hands relcheck the
// whole program; a DisableForeignKeyConstraintWhenMigrating there wins.
func TestEvidenceFromProgram(t *testing.T) {
	for _, prog := range []string{"program", "programoff"} {
		a := analyzer.New()
		if err := analyzer.UseProgram(a, load(t, prog+"/app")); err != nil {
			t.Fatal(err)
		}
		analysistest.Run(t, analysistest.TestData(), a, prog+"/models")
	}
}

// Under go vet the importer is invisible: the same models draw only what
// needs no evidence.
func TestEvidenceVetLimit(t *testing.T) {
	got := categories(t, analyzer.New(), "program/models")
	if want := "cascade-ineffective"; strings.Join(got, ",") != want {
		t.Errorf("findings %v, want only %s (the hard delete is in an importer)", got, want)
	}
}

// -fk-constraints=true says what code cannot (SQL migrations): every
// foreign-key rule reports; =false silences them.
func TestFKConstraintsFlag(t *testing.T) {
	for _, c := range []struct{ value, want string }{
		{"true", "cascade-conflict,cascade-ineffective,references-not-unique,set-null-not-nullable,set-null-not-nullable"},
		{"auto", "cascade-ineffective"},
	} {
		a := analyzer.New()
		if err := a.Flags.Set("fk-constraints", c.value); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(categories(t, a, "noevidence"), ","); got != c.want {
			t.Errorf("-fk-constraints=%s: %s, want %s", c.value, got, c.want)
		}
	}
	if err := analyzer.New().Flags.Set("fk-constraints", "sometimes"); err == nil {
		t.Error("-fk-constraints=sometimes accepted")
	}
}

// load loads testdata packages the way analysistest does.
func load(t *testing.T, patterns ...string) []*packages.Package {
	t.Helper()
	dir, err := filepath.Abs(analysistest.TestData())
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax, Dir: filepath.Join(dir, "src"), Tests: false,
		Env: append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load %v: %v", patterns, err)
	}
	return pkgs
}

// categories runs a on testdata packages and returns the sorted rule IDs
// of its findings.
func categories(t *testing.T, a *analysis.Analyzer, patterns ...string) []string {
	t.Helper()
	g, err := checker.Analyze([]*analysis.Analyzer{a}, load(t, patterns...), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			out = append(out, d.Category)
		}
	}
	sort.Strings(out)
	return out
}

// With the whole program in view, a struct with a stray gorm tag that
// nothing hands to GORM gets warnings worded conditionally; a migrated
// model keeps its error. Under go vet both are errors.
func TestUnhandedModels(t *testing.T) {
	a := analyzer.New()
	if err := analyzer.UseProgram(a, load(t, "programdto/app")); err != nil {
		t.Fatal(err)
	}
	res := analysistest.Run(t, analysistest.TestData(), a, "programdto/models")
	wantLevels(t, res, map[string]rules.Severity{
		"User.Profile":  rules.Error,
		"Response.Tags": rules.Warning,
		"Response.User": rules.Warning,
	})
}

// A program that hands GORM a type parameter may hand it anything: the
// finding stays an error. So it does under go vet, which sees no program.
func TestUnhandedUnknown(t *testing.T) {
	withGeneric := analyzer.New()
	if err := analyzer.UseProgram(withGeneric, load(t, "programdto/app", "programdto/generic")); err != nil {
		t.Fatal(err)
	}
	for name, a := range map[string]*analysis.Analyzer{"generic repository": withGeneric, "go vet": analyzer.New()} {
		g, err := checker.Analyze([]*analysis.Analyzer{a}, load(t, "programdto/models"), nil)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, act := range g.Roots {
			res, ok := act.Result.(*analyzer.Result)
			if !ok {
				t.Fatalf("result is %T", act.Result)
			}
			for _, d := range act.Diagnostics {
				if strings.Contains(d.Message, "Response.") {
					n++
					if lvl := res.Severity(d); lvl != string(rules.Error) {
						t.Errorf("%s: %s: severity %q, want error", name, d.Message, lvl)
					}
				}
			}
		}
		if n != 2 {
			t.Errorf("%s: %d findings on Response, want 2", name, n)
		}
	}
}
