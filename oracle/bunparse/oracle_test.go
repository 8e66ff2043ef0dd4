// The Bun oracle: Bun itself decides which models fail, and its DDL shows
// which foreign keys (and actions) exist. relcheck must agree.
package bunparse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/schema"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/bunparse/corpus"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// noDB is a connector that never connects: Bun builds tables and SQL
// without a server.
type noDB struct{}

func (noDB) Connect(context.Context) (driver.Conn, error) { return nil, errors.New("no database") }
func (noDB) Driver() driver.Driver                        { return nil }

func newDB() *bun.DB { return bun.NewDB(sql.OpenDB(noDB{}), pgdialect.New()) }

// bunFails initialises a case's tables as Bun does at first use and
// reports the panic, if any.
func bunFails(c string) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	db := newDB()
	db.RegisterModel(corpus.Junctions[c]...)
	for _, m := range corpus.Cases[c] {
		db.Table(reflect.TypeOf(m).Elem())
	}
	return ""
}

func relcheckFindings(t *testing.T) []string {
	t.Helper()
	_, fs := run.AnalyzeOnce(t, analyzer.Analyzer, false, "github.com/relcheck/relcheck/oracle/bunparse/corpus")
	return run.Messages(fs)
}

func caseOf(msg string) string { return run.CaseOf(msg, corpus.Cases) }

// relcheck says Bun fails (panics) on a case exactly when it does.
func TestPanicsIffRelcheckSaysSo(t *testing.T) {
	claims := map[string][]string{}
	for _, m := range relcheckFindings(t) {
		if strings.Contains(m, "Bun fails at first use") || strings.Contains(m, "Bun panics") {
			claims[caseOf(m)] = append(claims[caseOf(m)], m)
		}
	}
	var cases []string
	for c := range corpus.Cases {
		cases = append(cases, c)
	}
	sort.Strings(cases)
	fails := 0
	for _, c := range cases {
		panicMsg := bunFails(c)
		switch {
		case panicMsg != "" && len(claims[c]) == 0:
			t.Errorf("%s: Bun panics (%s) but relcheck does not say so", c, panicMsg)
		case panicMsg == "" && len(claims[c]) > 0:
			t.Errorf("%s: Bun initialises it, but relcheck says %q", c, claims[c])
		}
		if panicMsg != "" {
			fails++
			t.Logf("%s: Bun: %s\n\trelcheck: %s", c, panicMsg, strings.Join(claims[c], "\n\trelcheck: "))
		}
	}
	if fails < 6 || len(cases)-fails < 8 {
		t.Errorf("corpus too one-sided: %d fail, %d pass", fails, len(cases)-fails)
	}
}

func ddl(t *testing.T, m any) string {
	t.Helper()
	db := newDB()
	return db.NewCreateTable().Model(m).WithForeignKeys().String()
}

// What relcheck says about foreign keys and actions matches Bun's DDL.
func TestDDL(t *testing.T) {
	findings := strings.Join(relcheckFindings(t), "\n")

	// The silent fallback: Bun builds the relation on comments.id and
	// creates no foreign key; relcheck reports the fallback.
	if q := ddl(t, (*corpus.BelongsToFallbackComment)(nil)); strings.Contains(q, "FOREIGN KEY") {
		t.Errorf("fallback got a foreign key: %s", q)
	}
	if !strings.Contains(findings, "BelongsToFallbackComment.Post: BelongsToFallbackComment has no column post_id") ||
		!strings.Contains(findings, "Bun silently joins on belongs_to_fallback_comments.id") {
		t.Error("relcheck did not report the silent fallback")
	}
	// A proper belongs-to gets its foreign key.
	if q := ddl(t, (*corpus.BelongsToDefaultPost)(nil)); !strings.Contains(q, `FOREIGN KEY ("user_id") REFERENCES "belongs_to_default_users" ("id")`) {
		t.Errorf("belongs-to without its foreign key: %s", q)
	}
	// SET NULL on a plain int64: Bun writes the zero key back as 0, which
	// the foreign key rejects; relcheck reports it. With nullzero Bun
	// writes NULL (DEFAULT) instead, and relcheck is silent.
	db := newDB()
	if q := db.NewUpdate().Model(&corpus.SetNullPlainPost{ID: 1}).WherePK().String(); !strings.Contains(q, `"user_id" = 0`) {
		t.Errorf("plain key: want 0 written back: %s", q)
	}
	if !strings.Contains(findings, "SetNullPlainPost.User: ON DELETE SET NULL, but SetNullPlainPost.UserID") {
		t.Error("relcheck did not report SET NULL on the plain int64 key")
	}
	if q := db.NewUpdate().Model(&corpus.SetNullZeroPost{ID: 1}).WherePK().String(); !strings.Contains(q, `"user_id" = DEFAULT`) {
		t.Errorf("nullzero key: want DEFAULT (NULL) written: %s", q)
	}
	if q := db.NewInsert().Model(&corpus.SetNullZeroPost{ID: 1}).String(); !strings.Contains(q, "VALUES (1, DEFAULT)") {
		t.Errorf("nullzero key: want DEFAULT (NULL) inserted: %s", q)
	}
	if strings.Contains(findings, "SetNullZero") {
		t.Error("relcheck reports SET NULL on a nullzero key, which Bun writes as NULL")
	}

	// Bun builds a bigint foreign key to a text primary key, and a foreign
	// key to a column with no unique constraint; relcheck reports both.
	if q := ddl(t, (*corpus.TypeMismatchLogin)(nil)); !strings.Contains(q, `"account_id" BIGINT`) || !strings.Contains(q, `REFERENCES "type_mismatch_accounts" ("id")`) {
		t.Errorf("type mismatch: want a bigint foreign key to the text key: %s", q)
	}
	if !strings.Contains(findings, "TypeMismatchLogin.AccountID (int64) references TypeMismatchAccount.ID (string)") {
		t.Error("relcheck did not report the type mismatch")
	}
	if q := ddl(t, (*corpus.RefNotUniqueComment)(nil)); !strings.Contains(q, `FOREIGN KEY ("post_slug") REFERENCES "ref_not_unique_posts" ("slug")`) {
		t.Errorf("want a foreign key to the non-unique slug: %s", q)
	}
	if q := ddl(t, (*corpus.RefNotUniquePost)(nil)); strings.Contains(q, "UNIQUE") {
		t.Errorf("slug is unique after all: %s", q)
	}
	if !strings.Contains(findings, "RefNotUniqueComment.Post references RefNotUniquePost.Slug, which is not unique") {
		t.Error("relcheck did not report the reference to a non-unique column")
	}

	// on_delete on the has-many side is not in the DDL; relcheck says so.
	q := ddl(t, (*corpus.CascadeOnHasManyPost)(nil))
	if !strings.Contains(q, "FOREIGN KEY") || strings.Contains(q, "CASCADE") {
		t.Errorf("want a foreign key without CASCADE: %s", q)
	}
	if !strings.Contains(findings, "CascadeOnHasManyUser.Posts: ON DELETE CASCADE is dropped") ||
		!strings.Contains(findings, "Bun builds the foreign key from the other side") {
		t.Error("relcheck did not report the ignored on_delete")
	}
	// on_delete on the belongs-to side is in the DDL; relcheck is silent.
	if q := ddl(t, (*corpus.CascadeBelongsToPost)(nil)); !strings.Contains(q, "ON DELETE CASCADE") {
		t.Errorf("belongs-to on_delete missing: %s", q)
	}
	if strings.Contains(findings, "CascadeBelongsTo") {
		t.Errorf("relcheck reports the correct belongs-to cascade")
	}
}

// A struct that extends a model keeps the model's name and so its default
// keys (Bun v1.2 and later): Bun joins on extend_user_id, and relcheck,
// which resolves the same, says nothing.
func TestExtendKeepsName(t *testing.T) {
	db := newDB()
	table := db.Table(reflect.TypeOf(corpus.ExtendView{}))
	if table.Name != "extend_users" || table.TypeName != "ExtendUser" {
		t.Errorf("Bun names the extending struct %s (%s)", table.Name, table.TypeName)
	}
	rel := table.Relations["Comments"]
	if rel == nil || len(rel.JoinPKs) != 1 || rel.JoinPKs[0].Name != "extend_user_id" {
		t.Fatalf("Bun's has-many: %+v", rel)
	}
	for _, m := range relcheckFindings(t) {
		if strings.Contains(m, ": Extend") {
			t.Errorf("relcheck: %s", m)
		}
	}
}

// A fallback onto a column named like the referenced key is the join the
// convention means: Bun joins transactions.account_id to the account's key
// both ways and creates the foreign key; relcheck says nothing. (Only a
// fallback joining primary key to primary key is reported: TestDDL.)
func TestFallbackByConvention(t *testing.T) {
	db := newDB()
	acc := db.Table(reflect.TypeOf(corpus.KeyNamedLikePKAccount{}))
	tx := db.Table(reflect.TypeOf(corpus.KeyNamedLikePKTransaction{}))
	for _, rel := range []*schema.Relation{acc.Relations["Transactions"], tx.Relations["Account"]} {
		if rel == nil || len(rel.JoinPKs) != 1 || len(rel.BasePKs) != 1 ||
			rel.BasePKs[0].Name != "account_id" || rel.JoinPKs[0].Name != "account_id" {
			t.Fatalf("Bun's relation: %+v", rel)
		}
	}
	if q := ddl(t, (*corpus.KeyNamedLikePKTransaction)(nil)); !strings.Contains(q, `FOREIGN KEY ("account_id") REFERENCES "key_named_like_pk_accounts" ("account_id")`) {
		t.Errorf("want the foreign key on account_id: %s", q)
	}
	for _, m := range relcheckFindings(t) {
		if strings.Contains(m, ": KeyNamedLikePK") {
			t.Errorf("relcheck: %s", m)
		}
	}
}

// A Bun has-one whose key sits on the declaring model. Without join: Bun
// joins primary key to primary key; relcheck reports it and advises
// rel:belongs-to. With join: Bun joins on the owner's column and creates
// the foreign key there, but drops on_delete, which the belongs-to
// spelling keeps; relcheck reports the dropped action.
func TestHasOneKeyOnOwner(t *testing.T) {
	db := newDB()
	q := db.NewSelect().Model((*corpus.HasOneKeyOnOwnerUser)(nil)).Relation("Profile").String()
	if !strings.Contains(q, `ON ("profile"."id" = "has_one_key_on_owner_user"."id")`) {
		t.Errorf("Bun's join: %s", q)
	}
	q = db.NewSelect().Model((*corpus.HasOneOwnJoinAccount)(nil)).Relation("Plan").String()
	if !strings.Contains(q, `ON ("plan"."id" = "has_one_own_join_account"."plan_id")`) {
		t.Errorf("Bun's join: %s", q)
	}
	if q := ddl(t, (*corpus.HasOneOwnJoinAccount)(nil)); !strings.Contains(q, `FOREIGN KEY ("plan_id") REFERENCES "has_one_own_join_plans" ("id"))`) {
		t.Errorf("has-one: want the foreign key on plan_id, without actions: %s", q)
	}
	if q := ddl(t, (*corpus.HasOneOwnJoinShop)(nil)); !strings.Contains(q, `FOREIGN KEY ("plan_id") REFERENCES "has_one_own_join_plans" ("id") ON UPDATE NO ACTION ON DELETE CASCADE`) {
		t.Errorf("belongs-to: want ON DELETE CASCADE: %s", q)
	}
	findings := strings.Join(relcheckFindings(t), "\n")
	for _, want := range []string{
		"HasOneKeyOnOwnerUser.Profile: HasOneKeyOnOwnerProfile has no column has_one_key_on_owner_user_id",
		"Bun silently joins on has_one_key_on_owner_profiles.id = has_one_key_on_owner_users.id",
		"rite rel:belongs-to,join:profile_id=id", // the headline's fix, or the detail's
		"HasOneOwnJoinAccount.Plan: ON DELETE CASCADE never fires",
		"Bun reads on_delete and on_update only on rel:belongs-to",
	} {
		if !strings.Contains(findings, want) {
			t.Errorf("relcheck does not say %q", want)
		}
	}
	if strings.Contains(findings, ": HasOneOwnJoinShop") {
		t.Errorf("relcheck reports the belongs-to: %s", findings)
	}
}
