package example

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/go-pg/pg/v10/orm"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
	gopgbroken "github.com/relcheck/relcheck/example/gopg/broken"
	gopgcorrect "github.com/relcheck/relcheck/example/gopg/correct"
	"github.com/relcheck/relcheck/internal/rules"
)

// run analyses one package of this module as a driver would and returns
// the rule IDs reported, with their messages: the headline, then a line
// for each related entry (the detail first). Every headline must meet
// relcheck's standard.
func run(t *testing.T, a *analysis.Analyzer, pattern string) map[string][]string {
	t.Helper()
	res, err := checker.Analyze([]*analysis.Analyzer{a}, []*packages.Package{loaded(t, pattern)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, act := range res.Roots {
		for _, d := range act.Diagnostics {
			if msg := analyzer.HeadlineProblem(d); msg != "" {
				t.Errorf("%s: %s", pattern, msg)
			}
			msg := d.Message
			for _, r := range d.Related {
				msg += "\n" + r.Message
			}
			got[d.Category] = append(got[d.Category], msg)
		}
	}
	return got
}

// The broken models carry exactly one mistake per default rule, and the
// README promises relcheck finds each one once.
func TestBrokenHasOneFindingPerRule(t *testing.T) {
	got := run(t, analyzer.Analyzer, "./broken")
	for _, r := range rules.All() {
		if r.OptIn || r.ID == rules.SchemaDrift.ID {
			continue // schema-drift needs migrations: ./schema/broken
		}
		if n := len(got[r.ID]); n != 1 {
			t.Errorf("rule %s: %d findings, want 1: %q", r.ID, n, got[r.ID])
		}
	}
	var ids []string
	for id := range got {
		if rules.ByID(id) == nil {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	if len(ids) > 0 {
		t.Errorf("findings outside the rule catalogue: %s", strings.Join(ids, ", "))
	}
}

// The same models done right, in each ORM, draw no finding, even with
// every rule on.
func TestCorrectIsSilent(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("enable", "all"); err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"./correct", "./bun/correct", "./gopg/correct"} {
		if got := run(t, a, pkg); len(got) != 0 {
			t.Errorf("findings on the correct models in %s: %v", pkg, got)
		}
	}
}

// The Bun and go-pg versions of the broken models: each mistake the ORM
// accepts silently or fails on lazily is reported once, under the rule
// its comment names.
func TestBrokenBunAndGoPG(t *testing.T) {
	want := []string{"cascade-ineffective", "fk-missing", "one-to-one-unique", "relation-missing", "set-null-not-nullable", "tag-syntax"}
	for _, pkg := range []string{"./bun/broken", "./gopg/broken"} {
		got := run(t, analyzer.Analyzer, pkg)
		var ids []string
		for id, msgs := range got {
			if len(msgs) != 1 {
				t.Errorf("%s: rule %s: %d findings, want 1: %q", pkg, id, len(msgs), msgs)
			}
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if strings.Join(ids, ",") != strings.Join(want, ",") {
			t.Errorf("rules reported on %s: %v, want %v", pkg, ids, want)
		}
	}
}

// go-pg builds every table of both sets without complaint: the broken
// models' mistakes are the silent kind.
func TestGoPGBuildsBothSets(t *testing.T) {
	for _, m := range []any{
		gopgcorrect.User{}, gopgcorrect.Post{}, gopgcorrect.Profile{}, gopgcorrect.Group{}, gopgcorrect.UserGroup{},
		gopgbroken.User{}, gopgbroken.Post{}, gopgbroken.Profile{}, gopgbroken.Group{}, gopgbroken.UserGroup{},
	} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Errorf("go-pg: %T: %v", m, e)
				}
			}()
			orm.GetTable(reflect.TypeOf(m))
		}()
	}
}

// The models with SQL migrations: the broken set's migrations drifted in
// each way schema-drift knows, once each, and nothing else is reported;
// the correct set agrees with its migrations and is silent with every
// rule on.
func TestSchemaDrift(t *testing.T) {
	got := run(t, analyzer.Analyzer, "./schema/broken")
	wants := []string{
		"Post.Comments uses comments.post_id, which no migration creates; add the column, or remap Comment.PostID",
		"User.Posts declares ON DELETE CASCADE, but the database's foreign key has RESTRICT; make them agree",
		"User.Profile needs a foreign key on profiles (user_id) that no migration creates; add one",
		"User.Email is tagged unique but no migration makes it so; add a unique index, or drop the tag",
	}
	if len(got) != 1 || len(got[rules.SchemaDrift.ID]) != len(wants) {
		t.Fatalf("findings %q, want %d of schema-drift and nothing else", got, len(wants))
	}
	for _, w := range wants {
		found := false
		for _, m := range got[rules.SchemaDrift.ID] {
			found = found || strings.Contains(m, w)
		}
		if !found {
			t.Errorf("no finding says %q; got %q", w, got[rules.SchemaDrift.ID])
		}
	}
	a := analyzer.New()
	if err := a.Flags.Set("enable", "all"); err != nil {
		t.Fatal(err)
	}
	if got := run(t, a, "./schema/correct"); len(got) != 0 {
		t.Errorf("findings on ./schema/correct: %v", got)
	}
}
