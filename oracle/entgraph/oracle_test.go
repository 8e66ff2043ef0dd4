// The ent oracle: entc's own graph builder (load.MarshalSchema, then
// gen.NewGraph, then Graph.Tables, all in process) judges each case.
// relcheck must report a code-generation error exactly when NewGraph
// fails, quoting it, and each silent bug it reports must show in the
// tables entc builds.
package entgraph

import (
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/entc/gen"
	"entgo.io/ent/entc/load"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/badaction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/badactionfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/bothrequired"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/chainaction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/chainactionfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/clean"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/crossfile"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/crossfilefixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/crossmany"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/crossmanyfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/edgeschema"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/fieldoptional"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/fieldoptionalfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/fieldtype"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/generated"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/inverseaction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/inverseactionfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/inversedefault"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/m2maction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/missingref"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/o2ocascade"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/schemaaction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/schemaactionfixed"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/schemabase"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/setnullrequired"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/stale"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/throughaction"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/throughfield"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/throughkey"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/throughrequired"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/throughtype"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/tworefs"
	"github.com/relcheck/relcheck/oracle/entgraph/corpus/uniqueflip"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// A case is one package of schemas, what relcheck reports on it, and what
// entc's tables must show for that report to be true.
type tcase struct {
	schemas []ent.Interface
	rules   []string // rule IDs relcheck reports, in order
	tables  func(t *testing.T, tables map[string]*schema.Table)
}

var cases = map[string]tcase{
	// entc loads the exported types only, whatever they embed.
	"schemabase": {schemas: []ent.Interface{schemabase.User{}, schemabase.Pet{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "pets", "user_pets", "users", schema.SetNull, true)
		}},
	// The action on the edge is not the join key's.
	"throughaction": {schemas: []ent.Interface{throughaction.User{}, throughaction.Tweet{}, throughaction.Like{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "likes", "user_id", "users", schema.NoAction, false)
		}},
	// Edge schemas entc rejects.
	"throughfield":    {schemas: []ent.Interface{throughfield.User{}, throughfield.Tweet{}, throughfield.Like{}}, rules: []string{"fk-missing"}},
	"throughkey":      {schemas: []ent.Interface{throughkey.User{}, throughkey.Tweet{}, throughkey.Like{}}, rules: []string{"fk-missing"}},
	"throughrequired": {schemas: []ent.Interface{throughrequired.User{}, throughrequired.Tweet{}, throughrequired.Like{}}, rules: []string{"fk-missing"}},
	"throughtype":     {schemas: []ent.Interface{throughtype.User{}, throughtype.Tweet{}, throughtype.Like{}}, rules: []string{"fk-missing"}},
	// Edge schemas: the join table is the edge schema's own, keyed by its
	// edge fields, and its keys' actions are its edges' (NO ACTION on a
	// Required edge), not the CASCADE of a plain join table.
	"edgeschema": {schemas: []ent.Interface{edgeschema.User{}, edgeschema.Tweet{}, edgeschema.Like{}, edgeschema.Group{}, edgeschema.Membership{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "likes", "user_id", "users", schema.NoAction, false)
			fk(t, ts, "likes", "tweet_id", "tweets", schema.Cascade, false)
			fk(t, ts, "memberships", "member_id", "users", schema.NoAction, false)
			if pk := ts["likes"].PrimaryKey; len(pk) != 2 || pk[0].Name != "user_id" || pk[1].Name != "tweet_id" {
				t.Errorf("likes: want the primary key (user_id, tweet_id)")
			}
			for _, name := range []string{"user_liked_tweets", "user_groups"} {
				if ts[name] != nil {
					t.Errorf("entc built a join table %s beside the edge schema's", name)
				}
			}
		}},
	// ent#3038: with Unique() on both edges the key moves to the
	// inverse's table, and the cascade deletes the edge.To's target.
	"uniqueflip": {schemas: []ent.Interface{uniqueflip.Item{}, uniqueflip.User{}}, rules: []string{"inverse-mismatch"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "users", "item_owner", "items", schema.Cascade, true)
			if n := len(ts["items"].ForeignKeys); n != 0 {
				t.Errorf("items: %d foreign keys, want none", n)
			}
		}},
	// Without it, the key is in the edge.To's own table; a one-to-one
	// owned by its edge.To cascades from the owner, as meant.
	"o2ocascade": {schemas: []ent.Interface{o2ocascade.User{}, o2ocascade.Card{}, o2ocascade.Item{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "items", "item_owner", "users", schema.Cascade, true)
			fk(t, ts, "cards", "user_card", "users", schema.Cascade, false)
		}},
	// The schema entc generated from these schemas agrees with them; the
	// inverse's action entc drops is reported as without the file.
	"generated": {schemas: []ent.Interface{generated.User{}, generated.Pet{}, generated.Group{}, generated.App{}, generated.AppStripe{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "pets", "user_pets", "users", schema.Cascade, true)
			fk(t, ts, "app_stripe", "id", "app", schema.Cascade, false)
			fk(t, ts, "groups", "user_groups", "users", schema.SetNull, true)
		}},
	// The generated schema is generated's: entc, run now, builds what the
	// code says and the file lacks (a column, a table, another action).
	"stale": {schemas: []ent.Interface{stale.User{}, stale.Pet{}, stale.Group{}, stale.Toy{}}, rules: []string{"schema-drift"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "pets", "user_pets", "users", schema.SetNull, true)
			fk(t, ts, "toys", "user_toys", "users", schema.SetNull, true)
			if _, ok := ts["users"].Column("email"); !ok {
				t.Errorf("entc built no users.email")
			}
		}},
	"clean": {schemas: []ent.Interface{clean.User{}, clean.Pet{}, clean.Card{}, clean.Group{}, clean.Node{}, clean.Audit{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "pets", "owner_id", "users", schema.Cascade, true)
			fk(t, ts, "cards", "user_card", "users", schema.NoAction, false) // Required inverse: NOT NULL
			fk(t, ts, "nodes", "node_children", "nodes", schema.SetNull, true)
			fk(t, ts, "audits", "user_audits", "users", schema.SetNull, true) // the mixin's edge
			if c, ok := ts["cards"].Column("user_card"); !ok || !c.Unique {
				t.Errorf("cards.user_card: want a unique column (one-to-one)")
			}
		}},
	"missingref":    {schemas: []ent.Interface{missingref.User{}, missingref.Car{}}, rules: []string{"fk-missing"}},
	"bothrequired":  {schemas: []ent.Interface{bothrequired.User{}, bothrequired.Key{}}, rules: []string{"fk-missing"}},
	"fieldtype":     {schemas: []ent.Interface{fieldtype.User{}, fieldtype.House{}}, rules: []string{"fk-missing"}},
	"fieldoptional": {schemas: []ent.Interface{fieldoptional.User{}, fieldoptional.Shed{}}, rules: []string{"fk-missing"}},
	// The action on the inverse is not in the DDL: the key gets ent's
	// default for a nullable column.
	"inverseaction": {schemas: []ent.Interface{inverseaction.User{}, inverseaction.Bike{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", schema.SetNull, true)
		}},
	"chainaction": {schemas: []ent.Interface{chainaction.Node{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "nodes", "node_children", "nodes", schema.SetNull, true)
		}},
	// Join rows always cascade, whatever the edge says.
	"m2maction": {schemas: []ent.Interface{m2maction.User{}, m2maction.Tag{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "user_tags", "user_id", "users", schema.Cascade, false)
			fk(t, ts, "user_tags", "tag_id", "tags", schema.Cascade, false)
		}},
	"schemaaction": {schemas: []ent.Interface{schemaaction.User{}, schemaaction.Post{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "posts", "user_posts", "users", schema.SetNull, true)
		}},
	// SET NULL reaches the DDL on a NOT NULL column.
	"setnullrequired": {schemas: []ent.Interface{setnullrequired.User{}, setnullrequired.Boat{}}, rules: []string{"set-null-not-nullable"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "boats", "user_boats", "users", schema.SetNull, false)
		}},
	// Any string goes into the DDL as the action.
	"badaction": {schemas: []ent.Interface{badaction.User{}, badaction.Bike{}}, rules: []string{"tag-syntax"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", "CASCASE", true)
		}},
	// The inverse in another file than its edge.To.
	"crossfile": {schemas: []ent.Interface{crossfile.User{}, crossfile.Bike{}}, rules: []string{"cascade-ineffective"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", schema.SetNull, true)
		}},
	// Two annotations leave one file: each fix moves both.
	"crossmany": {schemas: []ent.Interface{crossmany.Kennel{}, crossmany.Dog{}, crossmany.Cat{}}, rules: []string{"cascade-ineffective", "cascade-ineffective"}},
	"crossmanyfixed": {schemas: []ent.Interface{crossmanyfixed.Kennel{}, crossmanyfixed.Dog{}, crossmanyfixed.Cat{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "dogs", "kennel_dogs", "kennels", schema.Cascade, true)
			fk(t, ts, "cats", "kennel_cats", "kennels", schema.Restrict, true)
		}},
	// relcheck's fixes applied (TestFixesGiveWhatEntcAccepts): entc
	// generates, relcheck is silent, and the action is in the DDL.
	"inverseactionfixed": {schemas: []ent.Interface{inverseactionfixed.User{}, inverseactionfixed.Bike{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", schema.Cascade, true)
		}},
	"chainactionfixed": {schemas: []ent.Interface{chainactionfixed.Node{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "nodes", "node_children", "nodes", schema.Cascade, true)
		}},
	"schemaactionfixed": {schemas: []ent.Interface{schemaactionfixed.User{}, schemaactionfixed.Post{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "posts", "user_posts", "users", schema.Cascade, true)
		}},
	"badactionfixed": {schemas: []ent.Interface{badactionfixed.User{}, badactionfixed.Bike{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", schema.Cascade, true)
		}},
	"fieldoptionalfixed": {schemas: []ent.Interface{fieldoptionalfixed.User{}, fieldoptionalfixed.Shed{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "sheds", "owner_id", "users", schema.SetNull, true)
		}},
	"crossfilefixed": {schemas: []ent.Interface{crossfilefixed.User{}, crossfilefixed.Bike{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "bikes", "user_bikes", "users", schema.Cascade, true)
		}},
	// Dropped, but the default says the same: no finding.
	"inversedefault": {schemas: []ent.Interface{inversedefault.Shelf{}, inversedefault.Book{}},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "books", "shelf_books", "shelves", schema.SetNull, true)
		}},
	// Both inverses read the one column the edge.To creates.
	"tworefs": {schemas: []ent.Interface{tworefs.User{}, tworefs.Barn{}}, rules: []string{"inverse-ambiguous"},
		tables: func(t *testing.T, ts map[string]*schema.Table) {
			fk(t, ts, "barns", "user_barns", "users", schema.SetNull, true)
			if n := len(ts["barns"].ForeignKeys); n != 1 {
				t.Errorf("barns: %d foreign keys, want 1", n)
			}
		}},
}

// entGraph runs entc's graph builder on a case's schemas, in process.
func entGraph(t *testing.T, schemas []ent.Interface) (map[string]*schema.Table, error) {
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
	g, err := gen.NewGraph(&gen.Config{Package: "example/ent", Storage: storage}, loaded...)
	if err != nil {
		return nil, err
	}
	ts, err := g.Tables()
	if err != nil {
		return nil, err
	}
	out := map[string]*schema.Table{}
	for _, tb := range ts {
		out[tb.Name] = tb
	}
	return out, nil
}

func fk(t *testing.T, ts map[string]*schema.Table, table, column, ref string, action schema.ReferenceOption, nullable bool) {
	t.Helper()
	tb := ts[table]
	if tb == nil {
		t.Errorf("entc built no table %s", table)
		return
	}
	for _, f := range tb.ForeignKeys {
		if len(f.Columns) == 1 && f.Columns[0].Name == column {
			if f.RefTable.Name != ref || f.OnDelete != action || f.Columns[0].Nullable != nullable {
				t.Errorf("%s.%s: entc built a key to %s ON DELETE %s, nullable %v; want %s ON DELETE %s, nullable %v",
					table, column, f.RefTable.Name, f.OnDelete, f.Columns[0].Nullable, ref, action, nullable)
			}
			return
		}
	}
	t.Errorf("entc built no foreign key on %s.%s", table, column)
}

func TestRelcheckAgreesWithEntc(t *testing.T) {
	const corpus = "github.com/relcheck/relcheck/oracle/entgraph/corpus/"
	var patterns []string
	for name := range cases {
		patterns = append(patterns, corpus+name)
	}
	pkgs := run.Load(t, false, patterns...)
	graph, findings := run.Analyze(t, analyzer.Analyzer, pkgs)
	models := map[string][]*model.Model{}
	for _, act := range graph.Roots {
		for _, f := range act.AllPackageFacts() {
			if mf, ok := f.Fact.(*analyzer.ModelsFact); ok && f.Package == act.Package.Types {
				models[strings.TrimPrefix(act.Package.PkgPath, corpus)] = mf.Models
			}
		}
	}
	byCase := map[string][]run.Finding{}
	for _, f := range findings {
		name := strings.TrimPrefix(f.Pkg, corpus)
		byCase[name] = append(byCase[name], f)
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			tables, err := entGraph(t, c.schemas)
			var got []string
			for _, f := range byCase[name] {
				got = append(got, f.Category)
			}
			if strings.Join(got, ",") != strings.Join(c.rules, ",") {
				t.Errorf("relcheck reports %v, want %v:\n%s", got, c.rules, strings.Join(run.Messages(byCase[name]), "\n"))
			}
			// A code-generation error is reported exactly when entc fails,
			// and the message quotes entc.
			codegen := false
			for _, f := range byCase[name] {
				if f.Category == "fk-missing" {
					codegen = true
					if err != nil && !strings.Contains(strings.ReplaceAll(f.Text(), `\"`, `"`), lastLine(err)) {
						t.Errorf("relcheck's message does not quote entc's error %q:\n%s", lastLine(err), f.Text())
					}
				}
			}
			if codegen != (err != nil) {
				t.Fatalf("entc error: %v; relcheck reports a code-generation error: %v", err, codegen)
			}
			if err != nil {
				return
			}
			if c.tables != nil {
				c.tables(t, tables)
			}
			sameKeys(t, tables, models[name])
		})
	}
}

// sameKeys holds relcheck's layout to entc's: every foreign key entc
// creates is the constraint of one relation relcheck resolved, on the same
// table and column, with the same action and nullability, and relcheck
// claims no constraint entc does not create.
func sameKeys(t *testing.T, tables map[string]*schema.Table, ms []*model.Model) {
	t.Helper()
	byRef := map[model.Ref]*model.Model{}
	for _, m := range ms {
		byRef[m.Ref] = m
	}
	want := map[string]string{}
	for _, m := range ms {
		tb := tables[m.Table] // join tables are checked by name below
		if tb == nil {
			continue
		}
		for _, f := range tb.ForeignKeys {
			want[tb.Name+"."+f.Columns[0].Name] = fmt.Sprintf("-> %s ON DELETE %s null=%v", f.RefTable.Name, f.OnDelete, f.Columns[0].Nullable)
		}
	}
	got := map[string]string{}
	for _, m := range ms {
		if tables[m.Table] == nil {
			t.Errorf("relcheck names %s's table %s; entc built %v", m.Ref.Name, m.Table, keys(tables))
		}
		for _, r := range m.Relations {
			if !r.Constraint || r.Kind == model.ManyToMany || r.Unresolved != nil {
				if r.Kind == model.ManyToMany && tables[r.Join.Table] == nil {
					t.Errorf("%s.%s: relcheck names the join table %s; entc built %v", m.Ref.Name, r.Name, r.Join.Table, keys(tables))
				}
				continue
			}
			holder, ref := byRef[r.Owner], byRef[r.Target]
			if r.FKSide == model.SideTarget {
				holder, ref = ref, holder
			}
			col := holder.Field(r.ForeignKey[0])
			action := r.OnDelete
			if action == "" { // entc's default for the column
				action = string(schema.NoAction)
				if col.Type.Nullable {
					action = string(schema.SetNull)
				}
			}
			got[holder.Table+"."+col.Column] = fmt.Sprintf("-> %s ON DELETE %s null=%v", ref.Table, action, col.Type.Nullable)
		}
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("foreign key %s: entc %q, relcheck %q", k, w, got[k])
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("relcheck claims a foreign key %s %s that entc does not create", k, g)
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// lastLine is entc's own sentence, without the context NewGraph wraps it
// in ("entc/gen: resolve \"Car\" relations: ...").
func lastLine(err error) string {
	s := err.Error()
	for _, ctx := range []string{" relations: ", " foreign-keys: ", " resolving edges: "} {
		if i := strings.LastIndex(s, ctx); i >= 0 {
			return s[i+len(ctx):]
		}
	}
	return s
}
