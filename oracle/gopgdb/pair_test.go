package gopgdb

import (
	"testing"

	"github.com/go-pg/pg/v10/orm"
)

// cascade-conflict, as go-pg sees it: it reads on_delete only from the
// key column, so the has-many's action never reaches the database.
type CCUser struct {
	tableName struct{} `pg:"cc_users"`
	ID        int64
	Name      string
	Posts     []*CCPost `pg:"rel:has-many,on_delete:CASCADE"`
}

type CCPost struct {
	tableName struct{} `pg:"cc_posts"`
	ID        int64
	CCUserID  *int64  `pg:"on_delete:SET NULL"`
	CCUser    *CCUser `pg:"rel:has-one"`
}

func TestCascadeConflict(t *testing.T) {
	db := open(t)
	create(t, db, (*CCUser)(nil), (*CCPost)(nil))
	u := CCUser{Name: "ann"}
	insert(t, db, &u)
	insert(t, db, &CCPost{CCUserID: &u.ID})
	_, err := db.Model(&u).WherePK().Delete()
	must(t, err)
	n, err := db.Model((*CCPost)(nil)).Count()
	must(t, err)
	if n != 1 {
		t.Fatalf("%d posts after deleting their author, want 1: the has-many's CASCADE fired?", n)
	}
}

// inverse-mismatch on many-to-many: each side names its own join table.
type IMUser struct {
	tableName struct{} `pg:"im_users"`
	ID        int64
	Name      string
	Languages []*IMLanguage `pg:"many2many:im_user_languages"`
}

type IMLanguage struct {
	tableName struct{} `pg:"im_languages"`
	ID        int64
	Name      string
	Users     []*IMUser `pg:"many2many:im_language_users"`
}

type IMUserLanguage struct {
	tableName    struct{} `pg:"im_user_languages"`
	IMUserID     int64
	IMLanguageID int64
}

type IMLanguageUser struct {
	tableName    struct{} `pg:"im_language_users"`
	IMUserID     int64
	IMLanguageID int64
}

type IMAgreedUser struct {
	tableName struct{} `pg:"im_agreed_users"`
	ID        int64
	Name      string
	Languages []*IMAgreedLanguage `pg:"many2many:im_agreed_user_languages"`
}

type IMAgreedLanguage struct {
	tableName struct{} `pg:"im_agreed_languages"`
	ID        int64
	Name      string
	Users     []*IMAgreedUser `pg:"many2many:im_agreed_user_languages"`
}

type IMAgreedUserLanguage struct {
	tableName          struct{} `pg:"im_agreed_user_languages"`
	IMAgreedUserID     int64
	IMAgreedLanguageID int64
}

func init() {
	orm.RegisterTable((*IMUserLanguage)(nil))
	orm.RegisterTable((*IMLanguageUser)(nil))
	orm.RegisterTable((*IMAgreedUserLanguage)(nil))
}

func TestInverseMismatchM2M(t *testing.T) {
	db := open(t)
	create(t, db, (*IMUser)(nil), (*IMLanguage)(nil), (*IMUserLanguage)(nil), (*IMLanguageUser)(nil))
	u, l := IMUser{Name: "ann"}, IMLanguage{Name: "go"}
	insert(t, db, &u)
	insert(t, db, &l)
	insert(t, db, &IMUserLanguage{IMUserID: u.ID, IMLanguageID: l.ID})
	var gu IMUser
	must(t, db.Model(&gu).Relation("Languages").Where("im_user.id = ?", u.ID).Select())
	if len(gu.Languages) != 1 {
		t.Fatalf("the user sees %d languages, want 1", len(gu.Languages))
	}
	var gl IMLanguage
	must(t, db.Model(&gl).Relation("Users").Where("im_language.id = ?", l.ID).Select())
	if len(gl.Users) != 0 {
		t.Fatalf("the language sees %d users: the bug is gone?", len(gl.Users))
	}
}

func TestInverseMismatchM2MFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*IMAgreedUser)(nil), (*IMAgreedLanguage)(nil), (*IMAgreedUserLanguage)(nil))
	u, l := IMAgreedUser{Name: "ann"}, IMAgreedLanguage{Name: "go"}
	insert(t, db, &u)
	insert(t, db, &l)
	insert(t, db, &IMAgreedUserLanguage{IMAgreedUserID: u.ID, IMAgreedLanguageID: l.ID})
	var gl IMAgreedLanguage
	must(t, db.Model(&gl).Relation("Users").Where("im_agreed_language.id = ?", l.ID).Select())
	if len(gl.Users) != 1 {
		t.Fatalf("the language sees %d users, want 1", len(gl.Users))
	}
}
