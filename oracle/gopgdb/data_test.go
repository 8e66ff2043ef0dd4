package gopgdb

import (
	"strings"
	"testing"
)

// one-to-one-unique: go-pg's rel:belongs-to puts the key on the other
// model; without a unique key it takes a second row.
type O2OUser struct {
	tableName struct{} `pg:"o2o_users"`
	ID        int64
	Name      string
	Profile   *O2OProfile `pg:"rel:belongs-to"`
}

type O2OProfile struct {
	tableName struct{} `pg:"o2o_profiles"`
	ID        int64
	O2OUserID int64
	Bio       string
}

type O2OFixedUser struct {
	tableName struct{} `pg:"o2o_fixed_users"`
	ID        int64
	Name      string
	Profile   *O2OFixedProfile `pg:"rel:belongs-to"`
}

type O2OFixedProfile struct {
	tableName      struct{} `pg:"o2o_fixed_profiles"`
	ID             int64
	O2OFixedUserID int64 `pg:",unique"`
	Bio            string
}

func TestOneToOneUnique(t *testing.T) {
	db := open(t)
	create(t, db, (*O2OUser)(nil), (*O2OProfile)(nil))
	u := O2OUser{Name: "ann"}
	insert(t, db, &u)
	insert(t, db, &O2OProfile{O2OUserID: u.ID, Bio: "first"})
	insert(t, db, &O2OProfile{O2OUserID: u.ID, Bio: "second"})
	n, err := db.Model((*O2OProfile)(nil)).Where("o2o_user_id = ?", u.ID).Count()
	must(t, err)
	if n != 2 {
		t.Fatalf("%d profiles for one user, want 2", n)
	}
	// go-pg joins the relation: the user now comes back twice.
	var got O2OUser
	err = db.Model(&got).Relation("Profile").Where("o2o_user.id = ?", u.ID).Select()
	if err == nil || err.Error() != "pg: multiple rows in result set" {
		t.Fatalf("Relation(\"Profile\"): %v, want pg: multiple rows in result set", err)
	}
}

func TestOneToOneUniqueFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*O2OFixedUser)(nil), (*O2OFixedProfile)(nil))
	u := O2OFixedUser{Name: "ann"}
	insert(t, db, &u)
	insert(t, db, &O2OFixedProfile{O2OFixedUserID: u.ID, Bio: "first"})
	if _, err := db.Model(&O2OFixedProfile{O2OFixedUserID: u.ID, Bio: "second"}).Insert(); err == nil {
		t.Fatal("a second profile was accepted despite unique")
	}
}

// set-null-not-nullable: ON DELETE SET NULL on an int64 key that go-pg
// writes as it is (use_zero). The database nulls it, go-pg reads 0, and
// the next update writes 0, which references no parent.
type SNUser struct {
	tableName struct{} `pg:"sn_users"`
	ID        int64
	Name      string
}

type SNPost struct {
	tableName struct{} `pg:"sn_posts"`
	ID        int64
	Title     string
	SNUserID  int64   `pg:",use_zero,on_delete:SET NULL"`
	SNUser    *SNUser `pg:"rel:has-one"`
}

// Without use_zero go-pg writes 0 as NULL, so a plain int64 is a fix; so
// is a pointer.
type SNFixedPost struct {
	tableName struct{} `pg:"sn_fixed_posts"`
	ID        int64
	Title     string
	SNUserID  int64   `pg:"on_delete:SET NULL"`
	SNUser    *SNUser `pg:"rel:has-one"`
}

type SNPointerPost struct {
	tableName struct{} `pg:"sn_pointer_posts"`
	ID        int64
	Title     string
	SNUserID  *int64  `pg:"on_delete:SET NULL"`
	SNUser    *SNUser `pg:"rel:has-one"`
}

func TestSetNullNotNullable(t *testing.T) {
	db := open(t)
	create(t, db, (*SNUser)(nil), (*SNPost)(nil))
	u := SNUser{Name: "ann"}
	insert(t, db, &u)
	p := SNPost{Title: "hello", SNUserID: u.ID}
	insert(t, db, &p)
	_, err := db.Model(&u).WherePK().Delete()
	must(t, err)
	var got SNPost
	must(t, db.Model(&got).Where("id = ?", p.ID).Select())
	if got.SNUserID != 0 {
		t.Fatalf("read back %d, want 0", got.SNUserID)
	}
	got.Title = "renamed"
	_, err = db.Model(&got).WherePK().Update()
	const want = `ERROR #23503 insert or update on table "sn_posts" violates foreign key constraint`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("update after SET NULL: %v, want %s", err, want)
	}
}

func TestSetNullNotNullableFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*SNUser)(nil), (*SNFixedPost)(nil), (*SNPointerPost)(nil))
	u := SNUser{Name: "ann"}
	insert(t, db, &u)
	p := SNFixedPost{Title: "hello", SNUserID: u.ID}
	insert(t, db, &p)
	q := SNPointerPost{Title: "hello", SNUserID: &u.ID}
	insert(t, db, &q)
	_, err := db.Model(&u).WherePK().Delete()
	must(t, err)
	var got SNFixedPost
	must(t, db.Model(&got).Where("id = ?", p.ID).Select())
	got.Title = "renamed"
	_, err = db.Model(&got).WherePK().Update()
	must(t, err) // the 0 goes back as NULL
	var gq SNPointerPost
	must(t, db.Model(&gq).Where("id = ?", q.ID).Select())
	if gq.SNUserID != nil {
		t.Fatalf("read back %d, want nil", *gq.SNUserID)
	}
	gq.Title = "renamed"
	_, err = db.Model(&gq).WherePK().Update()
	must(t, err)
}

// cascade-ineffective: go-pg reads on_delete only from the key column.
type CIUser struct {
	tableName struct{} `pg:"ci_users"`
	ID        int64
	Name      string
	Posts     []*CIPost `pg:"rel:has-many,on_delete:CASCADE"`
}

type CIPost struct {
	tableName struct{} `pg:"ci_posts"`
	ID        int64
	CIUserID  int64
	CIUser    *CIUser `pg:"rel:has-one"`
}

type CIFixedUser struct {
	tableName struct{} `pg:"ci_fixed_users"`
	ID        int64
	Name      string
	Posts     []*CIFixedPost `pg:"rel:has-many"`
}

type CIFixedPost struct {
	tableName     struct{} `pg:"ci_fixed_posts"`
	ID            int64
	CIFixedUserID int64        `pg:"on_delete:CASCADE"`
	CIFixedUser   *CIFixedUser `pg:"rel:has-one"`
}

func TestCascadeIneffective(t *testing.T) {
	db := open(t)
	create(t, db, (*CIUser)(nil), (*CIPost)(nil))
	u := CIUser{Name: "ann"}
	insert(t, db, &u)
	insert(t, db, &CIPost{CIUserID: u.ID})
	_, err := db.Model(&u).WherePK().Delete()
	if err == nil {
		t.Fatal("deleting the user succeeded: did the CASCADE fire?")
	}
	const want = `ERROR #23503 update or delete on table "ci_users" violates foreign key constraint "ci_posts_ci_user_id_fkey"`
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("delete: %v, want %s", err, want)
	}
}

func TestCascadeIneffectiveFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*CIFixedUser)(nil), (*CIFixedPost)(nil))
	u := CIFixedUser{Name: "ann"}
	insert(t, db, &u)
	insert(t, db, &CIFixedPost{CIFixedUserID: u.ID})
	_, err := db.Model(&u).WherePK().Delete()
	must(t, err)
	n, err := db.Model((*CIFixedPost)(nil)).Count()
	must(t, err)
	if n != 0 {
		t.Fatalf("%d posts after deleting their author, want 0", n)
	}
}
