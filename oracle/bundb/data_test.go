package bundb

import (
	"strings"
	"testing"

	"github.com/uptrace/bun"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// one-to-one-unique: without a unique key a has-one takes a second row.
type O2OUser struct {
	bun.BaseModel `bun:"table:o2o_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Profile       *O2OProfile `bun:"rel:has-one,join:id=user_id"`
}

type O2OProfile struct {
	bun.BaseModel `bun:"table:o2o_profiles"`
	ID            int64 `bun:",pk,autoincrement"`
	UserID        int64
	Bio           string
}

type O2OFixedUser struct {
	bun.BaseModel `bun:"table:o2o_fixed_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Profile       *O2OFixedProfile `bun:"rel:has-one,join:id=user_id"`
}

type O2OFixedProfile struct {
	bun.BaseModel `bun:"table:o2o_fixed_profiles"`
	ID            int64 `bun:",pk,autoincrement"`
	UserID        int64 `bun:",unique"`
	Bio           string
}

func TestOneToOneUnique(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*O2OUser)(nil), (*O2OProfile)(nil))
		u := O2OUser{Name: "ann"}
		insert(t, db, &u)
		insert(t, db, &O2OProfile{UserID: u.ID, Bio: "first"})
		// A second profile for the same user is accepted...
		insert(t, db, &O2OProfile{UserID: u.ID, Bio: "second"})
		n, err := db.NewSelect().Model((*O2OProfile)(nil)).Where("user_id = ?", u.ID).Count(ctx)
		must(t, err)
		if n != 2 {
			t.Fatalf("%d profiles for one user, want 2", n)
		}
		// ...and the has-one loads one of the two.
		var got O2OUser
		must(t, db.NewSelect().Model(&got).Relation("Profile").Where("?TableAlias.id = ?", u.ID).Scan(ctx))
		t.Logf("Relation returned %q of two profiles", got.Profile.Bio)
	})
}

func TestOneToOneUniqueFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*O2OFixedUser)(nil), (*O2OFixedProfile)(nil))
		u := O2OFixedUser{Name: "ann"}
		insert(t, db, &u)
		insert(t, db, &O2OFixedProfile{UserID: u.ID, Bio: "first"})
		if _, err := db.NewInsert().Model(&O2OFixedProfile{UserID: u.ID, Bio: "second"}).Exec(ctx); err == nil {
			t.Fatal("a second profile was accepted despite unique")
		}
	})
}

// set-null-not-nullable: ON DELETE SET NULL on an int64 key. The database
// nulls it, Bun reads 0, and the next update writes 0, which references
// no parent.
type SNUser struct {
	bun.BaseModel `bun:"table:sn_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
}

type SNPost struct {
	bun.BaseModel `bun:"table:sn_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	Title         string
	AuthorID      int64
	Author        *SNUser `bun:"rel:belongs-to,join:author_id=id,on_delete:SET NULL"`
}

// The two fixes relcheck names: a pointer, or nullzero.
type SNFixedPost struct {
	bun.BaseModel `bun:"table:sn_fixed_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	Title         string
	AuthorID      *int64
	Author        *SNUser `bun:"rel:belongs-to,join:author_id=id,on_delete:SET NULL"`
}

type SNZeroPost struct {
	bun.BaseModel `bun:"table:sn_zero_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	Title         string
	AuthorID      int64   `bun:",nullzero"`
	Author        *SNUser `bun:"rel:belongs-to,join:author_id=id,on_delete:SET NULL"`
}

func TestSetNullNotNullable(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*SNUser)(nil), (*SNPost)(nil))
		u := SNUser{Name: "ann"}
		insert(t, db, &u)
		p := SNPost{Title: "hello", AuthorID: u.ID}
		insert(t, db, &p)
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		must(t, err)
		var isNull bool
		must(t, db.NewSelect().Model((*SNPost)(nil)).ColumnExpr("author_id IS NULL").Where("id = ?", p.ID).Scan(ctx, &isNull))
		if !isNull {
			t.Fatal("the database did not set the key to NULL")
		}
		var got SNPost
		must(t, db.NewSelect().Model(&got).Where("id = ?", p.ID).Scan(ctx))
		if got.AuthorID != 0 {
			t.Fatalf("read back %d, want 0", got.AuthorID)
		}
		got.Title = "renamed"
		_, err = db.NewUpdate().Model(&got).WherePK().Exec(ctx)
		if err == nil {
			t.Fatal("updating the post succeeded: the bug is gone?")
		}
		t.Logf("update after SET NULL: %v", err)
	})
}

func TestSetNullNotNullableFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*SNUser)(nil), (*SNFixedPost)(nil), (*SNZeroPost)(nil))
		u := SNUser{Name: "ann"}
		insert(t, db, &u)
		p := SNFixedPost{Title: "hello", AuthorID: &u.ID}
		insert(t, db, &p)
		z := SNZeroPost{Title: "hello", AuthorID: u.ID}
		insert(t, db, &z)
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		must(t, err)
		var got SNFixedPost
		must(t, db.NewSelect().Model(&got).Where("id = ?", p.ID).Scan(ctx))
		if got.AuthorID != nil {
			t.Fatalf("read back %d, want nil", *got.AuthorID)
		}
		got.Title = "renamed"
		_, err = db.NewUpdate().Model(&got).WherePK().Exec(ctx)
		must(t, err)
		var gz SNZeroPost
		must(t, db.NewSelect().Model(&gz).Where("id = ?", z.ID).Scan(ctx))
		gz.Title = "renamed"
		_, err = db.NewUpdate().Model(&gz).WherePK().Exec(ctx)
		must(t, err) // nullzero writes the 0 back as NULL
	})
}

// references-not-unique: a foreign key to a column with no unique
// constraint.
type RNTeam struct {
	bun.BaseModel `bun:"table:rn_teams"`
	ID            int64 `bun:",pk,autoincrement"`
	Code          string
	Members       []*RNMember `bun:"rel:has-many,join:code=team_code"`
}

type RNMember struct {
	bun.BaseModel `bun:"table:rn_members"`
	ID            int64 `bun:",pk,autoincrement"`
	TeamCode      string
	Team          *RNTeam `bun:"rel:belongs-to,join:team_code=code"`
}

type RNFixedTeam struct {
	bun.BaseModel `bun:"table:rn_fixed_teams"`
	ID            int64            `bun:",pk,autoincrement"`
	Code          string           `bun:",unique"`
	Members       []*RNFixedMember `bun:"rel:has-many,join:code=team_code"`
}

type RNFixedMember struct {
	bun.BaseModel `bun:"table:rn_fixed_members"`
	ID            int64 `bun:",pk,autoincrement"`
	TeamCode      string
	Team          *RNFixedTeam `bun:"rel:belongs-to,join:team_code=code"`
}

// What each database says, and when.
var refusal = map[string]string{
	dbs.SQLite:   `foreign key mismatch - "rn_members" referencing "rn_teams"`,
	dbs.Postgres: `there is no unique constraint matching given keys for referenced table "rn_teams"`,
	dbs.MySQL:    `errno: 150 "Foreign key constraint is incorrectly formed"`,
}

func TestReferencesNotUnique(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		err := tryCreate(db, (*RNTeam)(nil), (*RNMember)(nil))
		want := refusal[db.kind]
		if db.kind == dbs.SQLite {
			// SQLite creates the tables, then refuses every write that
			// touches the broken constraint, the parent's included.
			must(t, err)
			if _, err = db.NewInsert().Model(&RNTeam{Code: "red"}).Exec(ctx); err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("insert into the parent: %v, want %s", err, want)
			}
			_, err = db.NewInsert().Model(&RNMember{TeamCode: "red"}).Exec(ctx)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("got %v, want %s", err, want)
		}
	})
}

func TestReferencesNotUniqueFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*RNFixedTeam)(nil), (*RNFixedMember)(nil))
		insert(t, db, &RNFixedTeam{Code: "red"})
		insert(t, db, &RNFixedMember{TeamCode: "red"})
	})
}

// cascade-ineffective: Bun builds the foreign key from the belongs-to, so
// an on_delete on the has-many never reaches the database.
type CIUser struct {
	bun.BaseModel `bun:"table:ci_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*CIPost `bun:"rel:has-many,join:id=author_id,on_delete:CASCADE"`
}

type CIPost struct {
	bun.BaseModel `bun:"table:ci_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	AuthorID      int64
	Author        *CIUser `bun:"rel:belongs-to,join:author_id=id"`
}

type CIFixedUser struct {
	bun.BaseModel `bun:"table:ci_fixed_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*CIFixedPost `bun:"rel:has-many,join:id=author_id"`
}

type CIFixedPost struct {
	bun.BaseModel `bun:"table:ci_fixed_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	AuthorID      int64
	Author        *CIFixedUser `bun:"rel:belongs-to,join:author_id=id,on_delete:CASCADE"`
}

func TestCascadeIneffective(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*CIUser)(nil), (*CIPost)(nil))
		u := CIUser{Name: "ann"}
		insert(t, db, &u)
		insert(t, db, &CIPost{AuthorID: u.ID})
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		if err == nil {
			t.Fatal("deleting the user succeeded: did the CASCADE fire?")
		}
		t.Logf("delete: %v", err)
		if rules := dbs.DeleteRules(t, db.DB.DB, db.kind, "ci_posts"); len(rules) != 1 || rules[0] == "CASCADE" {
			t.Fatalf("ON DELETE %v, want one foreign key without CASCADE", rules)
		}
	})
}

func TestCascadeIneffectiveFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*CIFixedUser)(nil), (*CIFixedPost)(nil))
		u := CIFixedUser{Name: "ann"}
		insert(t, db, &u)
		insert(t, db, &CIFixedPost{AuthorID: u.ID})
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		must(t, err)
		n, err := db.NewSelect().Model((*CIFixedPost)(nil)).Count(ctx)
		must(t, err)
		if n != 0 {
			t.Fatalf("%d posts after deleting their author, want 0", n)
		}
	})
}
