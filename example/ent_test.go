package example

import (
	"sort"
	"strings"
	"testing"

	"entgo.io/ent"
	"entgo.io/ent/entc/gen"
	"entgo.io/ent/entc/load"

	"github.com/relcheck/relcheck/analyzer"
	entbroken "github.com/relcheck/relcheck/example/ent/broken"
	entcorrect "github.com/relcheck/relcheck/example/ent/correct"
)

// The ent blog: each mistake once, under the rule its comment names; the
// correct schemas draw nothing, even with every rule on.
func TestEntSets(t *testing.T) {
	got := run(t, analyzer.Analyzer, "./ent/broken")
	var ids []string
	for id, msgs := range got {
		if len(msgs) != 1 {
			t.Errorf("rule %s: %d findings, want 1: %q", id, len(msgs), msgs)
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	want := "cascade-ineffective,fk-missing,inverse-ambiguous,set-null-not-nullable,tag-syntax"
	if strings.Join(ids, ",") != want {
		t.Errorf("rules reported on ./ent/broken: %v, want %s", ids, want)
	}
	a := analyzer.New()
	if err := a.Flags.Set("enable", "all"); err != nil {
		t.Fatal(err)
	}
	if got := run(t, a, "./ent/correct"); len(got) != 0 {
		t.Errorf("findings on the correct ent schemas: %v", got)
	}
}

// entc builds the correct schemas and rejects the broken ones with the
// error relcheck's fk-missing finding quotes.
func TestEntcAgrees(t *testing.T) {
	if _, err := entGraph(entcorrect.User{}, entcorrect.Post{}, entcorrect.Comment{}, entcorrect.Profile{}, entcorrect.Group{}); err != nil {
		t.Errorf("entc rejects the correct schemas: %v", err)
	}
	_, err := entGraph(entbroken.User{}, entbroken.Post{}, entbroken.Comment{}, entbroken.Profile{}, entbroken.Group{}, entbroken.Draft{})
	msg := run(t, analyzer.Analyzer, "./ent/broken")["fk-missing"]
	if err == nil || len(msg) != 1 || !strings.Contains(strings.ReplaceAll(msg[0], `\"`, `"`), `edge "draft" is missing for inverse edge: Draft.author(User)`) {
		t.Errorf("entc: %v; relcheck: %q", err, msg)
	}
}

func entGraph(schemas ...ent.Interface) (*gen.Graph, error) {
	var loaded []*load.Schema
	for _, s := range schemas {
		b, err := load.MarshalSchema(s)
		if err != nil {
			return nil, err
		}
		ls, err := load.UnmarshalSchema(b)
		if err != nil {
			return nil, err
		}
		loaded = append(loaded, ls)
	}
	storage, err := gen.NewStorage("sql")
	if err != nil {
		return nil, err
	}
	return gen.NewGraph(&gen.Config{Package: "example/ent", Storage: storage}, loaded...)
}
