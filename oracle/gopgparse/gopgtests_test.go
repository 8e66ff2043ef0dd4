package gopgparse

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/go-pg/pg/v10/orm"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/gopgparse/gopgtests/ormtests"
	"github.com/relcheck/relcheck/oracle/gopgparse/gopgtests/pgtests"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// go-pg's own test models (gopgtests: the model types of go-pg v10.11.0's
// _test.go files, copied verbatim). Each relcheck finding on them is true,
// and listed here with the reason; the rule pages explain them too.
var gopgTestsExplained = map[string]string{
	"references-not-unique NonPKJoinTest.CustomHasOne": "join_fk:custom_key names a column with no unique " +
		"constraint; the DDL below references it",
	"cascade-ineffective SoftDeleteSubChild.SoftDeleteChildId": "its only relation is a belongs-to go-pg " +
		"guesses from SoftDeleteChild.SubChildren, which builds no foreign key; the DDL below has none",
}

func TestGoPGTestModelsAreCleanOrExplained(t *testing.T) {
	_, fs := run.Analyze(t, analyzer.Analyzer, run.Load(t, false,
		"github.com/relcheck/relcheck/oracle/gopgparse/gopgtests/pgtests",
		"github.com/relcheck/relcheck/oracle/gopgparse/gopgtests/ormtests"))
	seen := map[string]bool{}
	fails := map[string]bool{} // models relcheck says go-pg fails on
	for _, f := range fs {
		subject, _, _ := strings.Cut(strings.TrimPrefix(f.Message, f.Category+": "), " ")
		subject = strings.TrimSuffix(subject, ":")
		if strings.Contains(f.Message, "go-pg fails at first use") || strings.Contains(f.Message, "go-pg panics") {
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
	built := 0
	for _, models := range []map[string]any{pgtests.Models, ormtests.Models} {
		// As go-pg's tests register their join tables; registering builds
		// the table, so one whose join table is not registered yet panics
		// until a later pass.
		for pass := 0; pass < 3; pass++ {
			for _, m := range models {
				func() {
					defer func() { _ = recover() }()
					orm.RegisterTable(m)
				}()
			}
		}
		var names []string
		for n := range models {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			msg := func() (msg string) {
				defer func() {
					if e := recover(); e != nil {
						msg = fmt.Sprint(e)
					}
				}()
				orm.GetTable(reflect.TypeOf(models[n]).Elem())
				return ""
			}()
			if (msg != "") != fails[n] {
				t.Errorf("%s: go-pg panics %q, relcheck says it fails: %v", n, msg, fails[n])
			}
			if msg == "" {
				built++
			}
		}
	}
	t.Logf("go-pg built %d tables", built)

	// The two true findings, in go-pg's own DDL.
	q := ddl(t, (*ormtests.NonPKJoinTest)(nil))
	if !strings.Contains(q, `FOREIGN KEY ("custom_has_one_key") REFERENCES "HasOneNonPK" ("custom_key")`) {
		t.Errorf("NonPKJoinTest: %s", q)
	}
	if q := ddl(t, (*ormtests.HasOneNonPK)(nil)); strings.Contains(q, "UNIQUE") {
		t.Errorf("HasOneNonPK.custom_key is unique after all: %s", q)
	}
	if q := ddl(t, (*ormtests.SoftDeleteSubChild)(nil)); strings.Contains(q, "FOREIGN KEY") {
		t.Errorf("SoftDeleteSubChild has a foreign key after all: %s", q)
	}
}
