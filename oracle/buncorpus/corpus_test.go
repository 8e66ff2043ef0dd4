// Package buncorpus runs relcheck on the models Bun ships in its own module
// (github.com/uptrace/bun v1.3.0): the migrate package's tables, loaded as
// they are, and the models of Bun's schema tests, copied into models/ (they
// live in _test.go files, mostly inside test functions). They are real,
// working models, and one that Bun's test expects to fail. relcheck must be
// silent on them, or right, and Bun itself vouches for each finding.
package buncorpus

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"go/types"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/migrate"
	"github.com/uptrace/bun/schema"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
	relbun "github.com/relcheck/relcheck/internal/dialects/bun"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/schematypes"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablealternativename"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableautoincrementisnotnullable"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableembed"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableembedscanonly"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableembedscanonlyprefix"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableembedwithrelation"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableembedwithunique"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableextend"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablem2monembeddedbase"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablem2mvalidatesbasejoinpks"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablemodel1"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablemodel2"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablerecursive"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablerecursiverelation"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablescanonly"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tablesimple"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tabletablename"
	"github.com/relcheck/relcheck/oracle/buncorpus/models/tableunambiguousembedfield"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

const modelsPath = "github.com/relcheck/relcheck/oracle/buncorpus/models/"

// Each package's models as its test hands them to Bun, and the junctions
// it registers first.
var cases = map[string]struct{ models, junctions []any }{
	"schematypes":                     {schematypes.Models, schematypes.Junctions},
	"tablealternativename":            {tablealternativename.Models, tablealternativename.Junctions},
	"tableautoincrementisnotnullable": {tableautoincrementisnotnullable.Models, tableautoincrementisnotnullable.Junctions},
	"tableembed":                      {tableembed.Models, tableembed.Junctions},
	"tableembedscanonly":              {tableembedscanonly.Models, tableembedscanonly.Junctions},
	"tableembedscanonlyprefix":        {tableembedscanonlyprefix.Models, tableembedscanonlyprefix.Junctions},
	"tableembedwithrelation":          {tableembedwithrelation.Models, tableembedwithrelation.Junctions},
	"tableembedwithunique":            {tableembedwithunique.Models, tableembedwithunique.Junctions},
	"tableextend":                     {tableextend.Models, tableextend.Junctions},
	"tablem2monembeddedbase":          {tablem2monembeddedbase.Models, tablem2monembeddedbase.Junctions},
	"tablem2mvalidatesbasejoinpks":    {tablem2mvalidatesbasejoinpks.Models, tablem2mvalidatesbasejoinpks.Junctions},
	"tablemodel1":                     {tablemodel1.Models, tablemodel1.Junctions},
	"tablemodel2":                     {tablemodel2.Models, tablemodel2.Junctions},
	"tablerecursive":                  {tablerecursive.Models, tablerecursive.Junctions},
	"tablerecursiverelation":          {tablerecursiverelation.Models, tablerecursiverelation.Junctions},
	"tablescanonly":                   {tablescanonly.Models, tablescanonly.Junctions},
	"tablesimple":                     {tablesimple.Models, tablesimple.Junctions},
	"tabletablename":                  {tabletablename.Models, tabletablename.Junctions},
	"tableunambiguousembedfield":      {tableunambiguousembedfield.Models, tableunambiguousembedfield.Junctions},
	"migrate":                         {[]any{(*migrate.Migration)(nil)}, nil},
}

// The findings relcheck makes on these models, each one true, confirmed
// by Bun below, and explained in its rule's page ("Seen in Bun's own test
// models").
var explained = map[string]string{
	"tableembedwithrelation one-to-one-unique User.Profile": "Profile.UserID has no unique " +
		"constraint; Bun's DDL for profiles has none (TestProfileHasNoUnique), so a second " +
		"profile for a user is accepted",
	"tableembedwithrelation one-to-one-unique Embeded.Profile": "the same relation, " +
		"inherited by Embeded from the User it embeds",
	"tablem2mvalidatesbasejoinpks fk-missing OrderWrap.Items": "Bun panics with the " +
		"message relcheck quotes; Bun's own test asserts that panic (TestBunAgrees)",
}

type noDB struct{}

func (noDB) Connect(context.Context) (driver.Conn, error) { return nil, errors.New("no database") }
func (noDB) Driver() driver.Driver                        { return nil }

// bunPanics initialises each model of a case as Bun does at first use and
// returns the panics, by model.
func bunPanics(c string) map[string]string {
	out := map[string]string{}
	db := bun.NewDB(sql.OpenDB(noDB{}), pgdialect.New())
	db.RegisterModel(cases[c].junctions...)
	for _, m := range cases[c].models {
		typ := reflect.TypeOf(m).Elem()
		func() {
			defer func() {
				if e := recover(); e != nil {
					out[typ.Name()] = fmt.Sprint(e)
				}
			}()
			db.Table(typ)
		}()
	}
	return out
}

type finding struct{ pkg, rule, text string }

var (
	once   sync.Once
	ran    bool
	cached []finding
)

// findings runs relcheck once over every case; the tests share the result.
func findings(t *testing.T) []finding {
	t.Helper()
	once.Do(func() { cached, ran = analyze(t), true })
	if !ran {
		t.Fatal("relcheck did not run")
	}
	return cached
}

func analyze(t *testing.T) []finding {
	t.Helper()
	var patterns []string
	for c := range cases {
		if c == "migrate" {
			patterns = append(patterns, "github.com/uptrace/bun/migrate")
		} else {
			patterns = append(patterns, modelsPath+c)
		}
	}
	_, fs := run.Analyze(t, analyzer.Analyzer, run.Load(t, false, patterns...))
	var out []finding
	for _, d := range fs {
		c := strings.TrimPrefix(d.Pkg, modelsPath)
		if c == "github.com/uptrace/bun/migrate" {
			c = "migrate"
		}
		out = append(out, finding{c, d.Category, d.Message})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].pkg+out[i].text < out[j].pkg+out[j].text })
	return out
}

// key names a finding by case, rule and the model and field it starts with.
func (f finding) key() string {
	subject, _, _ := strings.Cut(strings.TrimPrefix(f.text, f.rule+": "), " ")
	subject = strings.TrimSuffix(subject, ":")
	return f.pkg + " " + f.rule + " " + subject
}

func TestBunTestModelsAreCleanOrExplained(t *testing.T) {
	got := findings(t)
	seen := map[string]bool{}
	for _, f := range got {
		if why, ok := explained[f.key()]; ok {
			seen[f.key()] = true
			t.Logf("explained: %s: %s (%s)", f.pkg, f.text, why)
			continue
		}
		t.Errorf("unexplained finding on Bun's own test models [%s]: %s: %s", f.key(), f.pkg, f.text)
	}
	for k := range explained {
		if !seen[k] {
			t.Errorf("expected finding %q is gone: update the list and the rule page", k)
		}
	}
}

// Bun vouches: a case it panics on has an error-level finding that says
// so, and a case it accepts has none that claims it fails.
func TestBunAgrees(t *testing.T) {
	got := findings(t)
	claims := map[string][]string{}
	for _, f := range got {
		if strings.Contains(f.text, "Bun fails at first use") || strings.Contains(f.text, "Bun panics") {
			claims[f.pkg] = append(claims[f.pkg], f.text)
		}
	}
	var names []string
	for c := range cases {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		panics := bunPanics(c)
		switch {
		case len(panics) > 0 && len(claims[c]) == 0:
			t.Errorf("%s: Bun panics (%v) but relcheck does not say so", c, panics)
		case len(panics) == 0 && len(claims[c]) > 0:
			t.Errorf("%s: Bun initialises every model, but relcheck says %q", c, claims[c])
		case len(panics) > 0:
			t.Logf("%s: Bun: %v\n\trelcheck: %s", c, panics, strings.Join(claims[c], "\n\trelcheck: "))
		}
	}
}

// relcheck reads each model as Bun does: the same table name and the same
// columns (Bun's Table.Name and FieldMap; relations are not columns).
func TestTablesAndColumnsAgree(t *testing.T) {
	var patterns []string
	byPath := map[string]string{}
	for c := range cases {
		p := modelsPath + c
		if c == "migrate" {
			p = "github.com/uptrace/bun/migrate"
		}
		patterns = append(patterns, p)
		byPath[p] = c
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Env: os.Environ()}, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	for _, p := range pkgs {
		c := byPath[p.PkgPath]
		db := bun.NewDB(sql.OpenDB(noDB{}), pgdialect.New())
		db.RegisterModel(cases[c].junctions...)
		for _, m := range cases[c].models {
			typ := reflect.TypeOf(m).Elem()
			var tbl *schema.Table
			func() {
				defer func() { _ = recover() }()
				tbl = db.Table(typ)
			}()
			if tbl == nil {
				continue // Bun panics: TestBunAgrees
			}
			tn, _ := p.Types.Scope().Lookup(typ.Name()).(*types.TypeName)
			if tn == nil {
				t.Fatalf("%s: no type %s in %s", c, typ.Name(), p.Types.Scope().Names())
			}
			rm := relbun.Parse(tn.Type().(*types.Named), nil)
			var want, got []string
			// FieldMap: what joins resolve against, scanonly columns
			// included; alt: names are aliases of one field.
			for n, f := range tbl.FieldMap {
				if n == f.Name {
					want = append(want, n)
				}
			}
			for _, f := range rm.Fields {
				got = append(got, f.Column)
			}
			sort.Strings(want)
			sort.Strings(got)
			if rm.Table != tbl.Name || strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%s.%s: relcheck reads table %q columns %q; Bun %q %q", c, typ.Name(), rm.Table, got, tbl.Name, want)
			}
		}
	}
}

// The one-to-one-unique finding is true: Bun creates no unique constraint
// on the has-one's foreign key.
func TestProfileHasNoUnique(t *testing.T) {
	db := bun.NewDB(sql.OpenDB(noDB{}), pgdialect.New())
	q := db.NewCreateTable().Model((*tableembedwithrelation.Profile)(nil)).String()
	if !strings.Contains(q, `"user_id"`) || strings.Contains(strings.ToUpper(q), "UNIQUE") {
		t.Errorf("want user_id without a unique constraint: %s", q)
	}
	t.Log(q)
}
