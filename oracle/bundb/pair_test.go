package bundb

import (
	"slices"
	"testing"

	"github.com/uptrace/bun"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// cascade-conflict, as Bun sees it: the has-many's action is never read,
// so only the belongs-to's reaches the database.
type CCUser struct {
	bun.BaseModel `bun:"table:cc_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*CCPost `bun:"rel:has-many,join:id=author_id,on_delete:CASCADE"`
}

type CCPost struct {
	bun.BaseModel `bun:"table:cc_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	AuthorID      *int64
	Author        *CCUser `bun:"rel:belongs-to,join:author_id=id,on_delete:SET NULL"`
}

func TestCascadeConflict(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*CCUser)(nil), (*CCPost)(nil))
		if rules := dbs.DeleteRules(t, db.DB.DB, db.kind, "cc_posts"); !slices.Equal(rules, []string{"SET NULL"}) {
			t.Fatalf("ON DELETE %v, want only the belongs-to's SET NULL", rules)
		}
		u := CCUser{Name: "ann"}
		insert(t, db, &u)
		insert(t, db, &CCPost{AuthorID: &u.ID})
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		must(t, err)
		n, err := db.NewSelect().Model((*CCPost)(nil)).Count(ctx)
		must(t, err)
		if n != 1 {
			t.Fatalf("%d posts after deleting their author, want 1: the has-many's CASCADE fired?", n)
		}
	})
}

// inverse-mismatch on many-to-many: each side names its own join table;
// a link made from one side is invisible from the other.
type IMUser struct {
	bun.BaseModel `bun:"table:im_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Languages     []*IMLanguage `bun:"m2m:im_user_languages,join:User=Language"`
}

type IMLanguage struct {
	bun.BaseModel `bun:"table:im_languages"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Users         []*IMUser `bun:"m2m:im_language_users,join:Language=User"`
}

type IMUserLanguage struct {
	bun.BaseModel `bun:"table:im_user_languages"`
	UserID        int64       `bun:",pk"`
	User          *IMUser     `bun:"rel:belongs-to,join:user_id=id"`
	LanguageID    int64       `bun:",pk"`
	Language      *IMLanguage `bun:"rel:belongs-to,join:language_id=id"`
}

type IMLanguageUser struct {
	bun.BaseModel `bun:"table:im_language_users"`
	UserID        int64       `bun:",pk"`
	User          *IMUser     `bun:"rel:belongs-to,join:user_id=id"`
	LanguageID    int64       `bun:",pk"`
	Language      *IMLanguage `bun:"rel:belongs-to,join:language_id=id"`
}

type IMAgreedUser struct {
	bun.BaseModel `bun:"table:im_agreed_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Languages     []*IMAgreedLanguage `bun:"m2m:im_agreed_user_languages,join:User=Language"`
}

type IMAgreedLanguage struct {
	bun.BaseModel `bun:"table:im_agreed_languages"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Users         []*IMAgreedUser `bun:"m2m:im_agreed_user_languages,join:Language=User"`
}

type IMAgreedUserLanguage struct {
	bun.BaseModel `bun:"table:im_agreed_user_languages"`
	UserID        int64             `bun:",pk"`
	User          *IMAgreedUser     `bun:"rel:belongs-to,join:user_id=id"`
	LanguageID    int64             `bun:",pk"`
	Language      *IMAgreedLanguage `bun:"rel:belongs-to,join:language_id=id"`
}

func TestInverseMismatchM2M(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		db.RegisterModel((*IMUserLanguage)(nil), (*IMLanguageUser)(nil))
		create(t, db, (*IMUser)(nil), (*IMLanguage)(nil), (*IMUserLanguage)(nil), (*IMLanguageUser)(nil))
		u, l := IMUser{Name: "ann"}, IMLanguage{Name: "go"}
		insert(t, db, &u)
		insert(t, db, &l)
		insert(t, db, &IMUserLanguage{UserID: u.ID, LanguageID: l.ID})
		var gu IMUser
		must(t, db.NewSelect().Model(&gu).Relation("Languages").Where("?TableAlias.id = ?", u.ID).Scan(ctx))
		if len(gu.Languages) != 1 {
			t.Fatalf("the user sees %d languages, want 1", len(gu.Languages))
		}
		var gl IMLanguage
		must(t, db.NewSelect().Model(&gl).Relation("Users").Where("?TableAlias.id = ?", l.ID).Scan(ctx))
		if len(gl.Users) != 0 {
			t.Fatalf("the language sees %d users: the bug is gone?", len(gl.Users))
		}
	})
}

func TestInverseMismatchM2MFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		db.RegisterModel((*IMAgreedUserLanguage)(nil))
		create(t, db, (*IMAgreedUser)(nil), (*IMAgreedLanguage)(nil), (*IMAgreedUserLanguage)(nil))
		u, l := IMAgreedUser{Name: "ann"}, IMAgreedLanguage{Name: "go"}
		insert(t, db, &u)
		insert(t, db, &l)
		insert(t, db, &IMAgreedUserLanguage{UserID: u.ID, LanguageID: l.ID})
		var gl IMAgreedLanguage
		must(t, db.NewSelect().Model(&gl).Relation("Users").Where("?TableAlias.id = ?", l.ID).Scan(ctx))
		if len(gl.Users) != 1 {
			t.Fatalf("the language sees %d users, want 1", len(gl.Users))
		}
	})
}
