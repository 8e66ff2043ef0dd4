// The go-pg oracle: go-pg itself decides which models fail (orm.GetTable
// builds a table's relations and panics on a broken one), its relations
// show which columns it joins on, and its DDL shows which foreign keys and
// actions exist. relcheck must agree. No database is needed: go-pg builds
// tables and formats queries without a connection.
package gopgparse

import (
	"fmt"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/go-pg/pg/v10/orm"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/dialects/gopg"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/oracle/gopgparse/corpus"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

const corpusPath = "github.com/relcheck/relcheck/oracle/gopgparse/corpus"

// tables initialises a case's tables as go-pg does at first use and
// returns them, or go-pg's panic. Each type is initialised once per
// process (go-pg caches tables, and a table that panicked is left half
// built), so results are memoised.
var tableCache = map[string]struct {
	tables []*orm.Table
	panic  string
}{}

func gopgTables(c string) ([]*orm.Table, string) {
	if r, ok := tableCache[c]; ok {
		return r.tables, r.panic
	}
	var ts []*orm.Table
	msg := func() (msg string) {
		defer func() {
			if e := recover(); e != nil {
				msg = fmt.Sprint(e)
			}
		}()
		for _, j := range corpus.Junctions[c] {
			orm.RegisterTable(j)
		}
		for _, m := range corpus.Cases[c] {
			ts = append(ts, orm.GetTable(reflect.TypeOf(m).Elem()))
		}
		return ""
	}()
	tableCache[c] = struct {
		tables []*orm.Table
		panic  string
	}{ts, msg}
	return ts, msg
}

func load(t *testing.T) *packages.Package {
	t.Helper()
	return run.LoadOnce(t, false, corpusPath)[0]
}

func relcheckFindings(t *testing.T) []string {
	t.Helper()
	_, fs := run.AnalyzeOnce(t, analyzer.Analyzer, false, corpusPath)
	return run.Messages(fs)
}

func caseOf(msg string) string { return run.CaseOf(msg, corpus.Cases) }

func cases() []string {
	var cs []string
	for c := range corpus.Cases {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	return cs
}

// relcheck says go-pg fails (panics) on a case exactly when it does.
func TestPanicsIffRelcheckSaysSo(t *testing.T) {
	claims := map[string][]string{}
	for _, m := range relcheckFindings(t) {
		if strings.Contains(m, "go-pg fails at first use") || strings.Contains(m, "go-pg panics") {
			claims[caseOf(m)] = append(claims[caseOf(m)], m)
		}
	}
	fails := 0
	for _, c := range cases() {
		_, panicMsg := gopgTables(c)
		switch {
		case panicMsg != "" && len(claims[c]) == 0:
			t.Errorf("%s: go-pg panics (%s) but relcheck does not say so", c, panicMsg)
		case panicMsg == "" && len(claims[c]) > 0:
			t.Errorf("%s: go-pg builds it, but relcheck says %q", c, claims[c])
		}
		if panicMsg != "" {
			fails++
			t.Logf("%s: go-pg: %s\n\trelcheck: %s", c, panicMsg, strings.Join(claims[c], "\n\trelcheck: "))
			// relcheck quotes go-pg's own words.
			found := false
			for _, cl := range claims[c] {
				found = found || strings.Contains(cl, panicMsg) || strings.Contains(cl, fmt.Sprintf("%q", panicMsg))
			}
			if !found {
				t.Errorf("%s: relcheck does not quote go-pg's panic %q: %q", c, panicMsg, claims[c])
			}
		}
	}
	if fails < 8 || len(cases())-fails < 10 {
		t.Errorf("corpus too one-sided: %d fail, %d pass", fails, len(cases())-fails)
	}
}

// relcheckModels runs the dialect directly over the corpus, as the
// analyzer does, so relations can be compared column by column.
func relcheckModels(t *testing.T) map[string]*model.Model {
	pkg := load(t)
	models := map[string]*model.Model{}
	var parse func(n *types.Named) *model.Model
	parse = func(n *types.Named) *model.Model {
		name := n.Obj().Name()
		if m, ok := models[name]; ok {
			return m
		}
		m := gopg.Parse(n, nil)
		models[name] = m
		return m
	}
	scope := pkg.Types.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			if n, ok := tn.Type().(*types.Named); ok {
				if _, ok := n.Underlying().(*types.Struct); ok {
					parse(n)
				}
			}
		}
	}
	g := model.NewGraph()
	for _, m := range models {
		gopg.Resolve(m, func(ref model.Ref) *model.Model { return models[ref.Name] })
	}
	for _, m := range models {
		g.Add(m, true)
	}
	gopg.Link(g)
	return models
}

func columns(m *model.Model, names []string) []string {
	var out []string
	for _, n := range names {
		out = append(out, m.Field(n).Column)
	}
	return out
}

func sqlNames(fs []*orm.Field) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.SQLName)
	}
	return out
}

// Every relation go-pg builds, relcheck builds too, with the same kind
// (normalised to the side holding the key) and the same columns.
func TestRelationsMatch(t *testing.T) {
	models := relcheckModels(t)
	compared := 0
	for _, c := range cases() {
		ts, panicMsg := gopgTables(c)
		if panicMsg != "" {
			continue
		}
		for _, tab := range ts {
			m := models[tab.Type.Name()]
			for name, rel := range tab.Relations {
				r := m.Relation(name)
				if r == nil && !strings.Contains(string(rel.Field.Field.Tag), "rel:") && !strings.Contains(string(rel.Field.Field.Tag), "many2many") {
					// A relation go-pg guessed for an untagged field
					// (deprecated): relcheck does not model those, and
					// stays silent about them (GuessedHasOne, TestDDL).
					continue
				}
				if r == nil || r.Kind == "" {
					t.Errorf("%s.%s: go-pg builds a relation, relcheck none", m.Ref.Name, name)
					continue
				}
				target := models[r.Target.Name]
				var kind model.Kind
				var side model.Side
				var got, want [2][]string
				switch rel.Type {
				case orm.HasOneRelation:
					kind, side = model.BelongsTo, model.SideOwner
					want = [2][]string{sqlNames(rel.BaseFKs), sqlNames(rel.JoinFKs)}
					got = [2][]string{columns(m, r.ForeignKey), columns(target, r.References)}
				case orm.BelongsToRelation, orm.HasManyRelation:
					kind, side = model.HasOne, model.SideTarget
					if rel.Type == orm.HasManyRelation {
						kind = model.HasMany
					}
					want = [2][]string{sqlNames(rel.BaseFKs), sqlNames(rel.JoinFKs)}
					got = [2][]string{columns(m, r.References), columns(target, r.ForeignKey)}
					if (rel.Polymorphic != nil) != (r.Poly != nil) ||
						rel.Polymorphic != nil && rel.Polymorphic.GoName != r.Poly.TypeField {
						t.Errorf("%s.%s: polymorphic: go-pg %v, relcheck %+v", m.Ref.Name, name, rel.Polymorphic, r.Poly)
					}
				case orm.Many2ManyRelation:
					kind, side = model.ManyToMany, model.SideJoin
					want = [2][]string{rel.M2MBaseFKs, rel.M2MJoinFKs}
					got = [2][]string{r.Join.OwnerColumns, r.Join.TargetColumns}
					if string(rel.M2MTableName) != `"`+r.Join.Table+`"` {
						t.Errorf("%s.%s: join table: go-pg %s, relcheck %s", m.Ref.Name, name, rel.M2MTableName, r.Join.Table)
					}
				}
				if r.Kind != kind || r.FKSide != side || fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s.%s: go-pg type %d %v; relcheck %s (key on %s) %v", m.Ref.Name, name, rel.Type, want, r.Kind, r.FKSide, got)
				}
				compared++
			}
			// Tables and primary keys agree too.
			if want := strings.Trim(string(tab.SQLName), `"`); want != m.Table {
				t.Errorf("%s: table go-pg %s, relcheck %s", m.Ref.Name, want, m.Table)
			}
			if want := sqlNames(tab.PKs); fmt.Sprint(want) != fmt.Sprint(columns(m, m.PrimaryKey)) {
				t.Errorf("%s: primary key go-pg %v, relcheck %v", m.Ref.Name, want, columns(m, m.PrimaryKey))
			}
		}
	}
	if compared < 15 {
		t.Errorf("only %d relations compared", compared)
	}
}

func ddl(t *testing.T, m any) string {
	t.Helper()
	q := orm.NewCreateTableQuery(orm.NewQuery(nil, m), &orm.CreateTableOptions{FKConstraints: true})
	b, err := q.AppendQuery(orm.NewFormatter(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func insert(t *testing.T, m any) string {
	t.Helper()
	b, err := orm.NewInsertQuery(orm.NewQuery(nil, m)).AppendQuery(orm.NewFormatter(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func update(t *testing.T, m any) string {
	t.Helper()
	b, err := orm.NewUpdateQuery(orm.NewQuery(nil, m).WherePK(), false).AppendQuery(orm.NewFormatter(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// What relcheck says about foreign keys, actions and fallbacks matches
// go-pg's DDL.
func TestDDL(t *testing.T) {
	findings := strings.Join(relcheckFindings(t), "\n")
	must := func(cond bool, format string, args ...any) {
		t.Helper()
		if !cond {
			t.Errorf(format, args...)
		}
	}
	for _, c := range cases() {
		gopgTables(c) // initialise in a fixed order first
	}

	// has-one builds the FOREIGN KEY, on the declaring model's column.
	q := ddl(t, (*corpus.HasOneDefaultPost)(nil))
	t.Log(q)
	must(strings.Contains(q, `FOREIGN KEY ("author_id") REFERENCES "has_one_default_users" ("id")`), "has-one without its foreign key: %s", q)

	// The silent fallback: no author_id, so go-pg joins on posts.id and
	// even builds its foreign key there.
	q = ddl(t, (*corpus.HasOneFallbackPost)(nil))
	t.Log(q)
	must(strings.Contains(q, `FOREIGN KEY ("id") REFERENCES "has_one_fallback_users" ("id")`), "fallback: %s", q)
	must(strings.Contains(findings, "HasOneFallbackPost.Author: HasOneFallbackPost has no column author_id") &&
		strings.Contains(findings, "go-pg silently joins on has_one_fallback_posts.id = has_one_fallback_users.id"),
		"relcheck did not report the silent fallback")

	// belongs-to and has-many build no foreign key on either table.
	for _, m := range []any{(*corpus.BelongsToDefaultUser)(nil), (*corpus.BelongsToDefaultProfile)(nil), (*corpus.HasManyDefaultUser)(nil), (*corpus.HasManyDefaultPost)(nil)} {
		q := ddl(t, m)
		must(!strings.Contains(q, "FOREIGN KEY"), "belongs-to/has-many got a foreign key: %s", q)
	}

	// on_delete on the key column is in the DDL; relcheck is silent.
	q = ddl(t, (*corpus.CascadeOnFKColumnPost)(nil))
	t.Log(q)
	must(strings.Contains(q, `REFERENCES "cascade_on_fk_column_users" ("id") ON DELETE CASCADE`), "FK column on_delete missing: %s", q)
	must(!strings.Contains(findings, "CascadeOnFKColumn"), "relcheck reports the correct cascade")

	// on_delete on the relation field is not; relcheck says so.
	q = ddl(t, (*corpus.CascadeOnRelationPost)(nil))
	t.Log(q)
	must(strings.Contains(q, "FOREIGN KEY") && !strings.Contains(q, "CASCADE"), "want a foreign key without CASCADE: %s", q)
	must(strings.Contains(findings, "CascadeOnRelationPost.Author: ON DELETE CASCADE never fires") &&
		strings.Contains(findings, "go-pg reads on_delete and on_update only from the foreign-key column's own tag (CascadeOnRelationPost.AuthorID)"),
		"relcheck did not report the ignored on_delete on the relation field")

	// on_delete on a has-many is not either.
	q = ddl(t, (*corpus.CascadeOnHasManyPost)(nil))
	must(strings.Contains(q, "FOREIGN KEY") && !strings.Contains(q, "CASCADE"), "want a foreign key without CASCADE: %s", q)
	must(strings.Contains(findings, "CascadeOnHasManyUser.Posts: ON DELETE CASCADE is dropped") &&
		strings.Contains(findings, "go-pg builds the foreign key from the other side, CascadeOnHasManyPost.Author"),
		"relcheck did not report the ignored on_delete on has-many")

	// on_delete on a key column no rel:has-one uses: no foreign key, no
	// action; relcheck says so.
	q = ddl(t, (*corpus.StrayCascadePost)(nil))
	t.Log(q)
	must(!strings.Contains(q, "FOREIGN KEY") && !strings.Contains(q, "CASCADE"), "want no foreign key and no CASCADE: %s", q)
	must(strings.Contains(findings, "StrayCascadePost.AuthorID: ON DELETE CASCADE never fires") &&
		strings.Contains(findings, "go-pg creates a FOREIGN KEY"),
		"relcheck did not report the action no foreign key carries")

	// An untagged struct field go-pg guesses as has-one carries the key
	// column's action into the DDL: relcheck, which does not model guessed
	// relations, must not call that action stray.
	q = ddl(t, (*corpus.GuessedHasOnePost)(nil))
	t.Log(q)
	must(strings.Contains(q, `FOREIGN KEY ("guessed_has_one_user_id") REFERENCES "guessed_has_one_users" ("id") ON DELETE CASCADE`), "guessed has-one: %s", q)
	must(!strings.Contains(findings, "GuessedHasOne"), "relcheck reports the guessed has-one's action")
	// Guessed as belongs-to from the other side: no foreign key, no action.
	q = ddl(t, (*corpus.GuessedBelongsToPost)(nil))
	t.Log(q)
	must(!strings.Contains(q, "FOREIGN KEY"), "guessed belongs-to built a foreign key: %s", q)
	must(strings.Contains(findings, "GuessedBelongsToPost.GuessedBelongsToUserID: ON DELETE CASCADE never fires"), "relcheck did not report the action no foreign key carries")

	// inherit takes the embedded type's table and model name.
	ts, pn := gopgTables("Inherit")
	if len(ts) == 0 {
		t.Fatalf("Inherit: no table (%s)", pn)
	}
	must(ts[0].SQLName == `"inherit_books"`, "inherit: table %s", ts[0].SQLName)
	if rel := ts[0].Relations["Translations"]; rel == nil || fmt.Sprint(sqlNames(rel.JoinFKs)) != "[inherit_book_id]" {
		t.Errorf("inherit: has-many key %+v", rel)
	}
	must(!strings.Contains(findings, "InheritBookWithCount"), "relcheck reports the inherited relation")

	// on_delete is pasted in unchecked; a bad action reaches the DDL.
	// (tag-syntax reports it; here: the quoted default keeps its comma.)
	q = ddl(t, (*corpus.QuotedDefaultUser)(nil))
	t.Log(q)
	must(strings.Contains(q, `"tags" text NOT NULL DEFAULT 'a,b'`), "quoted default: %s", q)

	// A zero key is written as NULL unless use_zero: SET NULL round-trips,
	// and relcheck does not call the int64 key un-nullable.
	q = insert(t, &corpus.SetNullZeroPost{ID: 1})
	t.Log(q)
	must(strings.Contains(q, "VALUES (1, DEFAULT)"), "zero key not written as DEFAULT (NULL): %s", q)
	q = update(t, &corpus.SetNullZeroPost{ID: 1})
	t.Log(q)
	must(strings.Contains(q, `"author_id" = NULL`), "zero key not written as NULL: %s", q)
	must(!strings.Contains(findings, "SetNullZero"), "relcheck reports SET NULL on a key go-pg writes as NULL")

	// tableName names the table; alias does not.
	q = ddl(t, (*corpus.TableNameUser)(nil))
	must(strings.HasPrefix(q, `CREATE TABLE "people"`), "tableName: %s", q)

	// A unique key column makes the pair one-to-one; relcheck is silent.
	q = ddl(t, (*corpus.OneToOneProfile)(nil))
	t.Log(q)
	must(strings.Contains(q, `"one_to_one_user_id" bigint UNIQUE`), "unique: %s", q)
	must(!strings.Contains(findings, "OneToOne"), "relcheck reports the correct one-to-one")

	// An id column and an explicit pk after it: both are the primary key.
	q = ddl(t, (*corpus.ExplicitPKAfterIDUser)(nil))
	must(strings.Contains(q, `PRIMARY KEY ("id", "code")`), "pk: %s", q)

	// A bare option word first is the column's name, not the option.
	q = ddl(t, (*corpus.FirstPositionUser)(nil))
	t.Log(q)
	must(strings.Contains(q, `"unique" text,`) && !strings.Contains(q, "UNIQUE"), "first position: %s", q)
	must(strings.Contains(findings, `FirstPositionUser.Code: "unique" in first position is the column name`), "relcheck did not report the first-position option")

	// fk: on a belongs-to is ignored: go-pg joins on the profile's id
	// (TestRelationsMatch compares the columns).
	ts, p := gopgTables("BelongsToFK")
	if len(ts) == 0 {
		t.Fatalf("BelongsToFK: no table (%s)", p)
	}
	rel := ts[0].Relations["Profile"]
	must(rel != nil && fmt.Sprint(sqlNames(rel.JoinFKs)) == "[id]", "belongs-to fk: %+v", rel)
	must(strings.Contains(findings, "BelongsToFKUser.Profile: go-pg ignores fk: on rel:belongs-to"), "relcheck did not report the ignored fk:")

	// go-pg accepts a bigint key to a text primary key.
	q = ddl(t, (*corpus.TypeMismatchLogin)(nil))
	t.Log(q)
	must(strings.Contains(q, `"account_id" bigint`) && strings.Contains(q, `REFERENCES "type_mismatch_accounts" ("id")`), "type mismatch: %s", q)
	must(strings.Contains(findings, "TypeMismatchLogin.AccountID is int64 (integer) and TypeMismatchAccount.ID is string"), "relcheck did not report the type mismatch")
}

// Cases go-pg builds and that hold no deliberate mistake draw no finding
// at all; the others draw exactly the rules named.
func TestFindingsPerCase(t *testing.T) {
	want := map[string][]string{
		"HasOneFallback":    {"fk-missing"},
		"BelongsToFallback": {"fk-missing"},
		"UnknownOption":     {"tag-syntax"},
		"CascadeOnRelation": {"cascade-ineffective"},
		"CascadeOnHasMany":  {"cascade-ineffective"},
		"StrayCascade":      {"cascade-ineffective"},
		"GuessedBelongsTo":  {"cascade-ineffective"},
		"SoftDelete":        {"cascade-ineffective"},
		"TypeMismatch":      {"fk-type-mismatch"},
		"HasManyComposite":  {}, // composite keys: no single-column rules apply
		"FirstPosition":     {"tag-syntax"},
		"BelongsToFK":       {"fk-missing", "tag-syntax"},
		"HasManyFK":         {"fk-missing", "tag-syntax"},
		"PolyHasOne":        {"tag-syntax"},
	}
	got := map[string][]string{}
	for _, m := range relcheckFindings(t) {
		got[caseOf(m)] = append(got[caseOf(m)], m[:strings.Index(m, ": ")])
	}
	for _, c := range cases() {
		if _, p := gopgTables(c); p != "" {
			continue
		}
		if fmt.Sprint(got[c]) != fmt.Sprint(want[c]) {
			t.Errorf("%s: relcheck reports %v, want %v", c, got[c], want[c])
		}
	}
}
