package gormdb

import (
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// inverse-mismatch on many2many: two join tables; an association added
// from one side is invisible from the other.
type IMUser struct {
	ID        uint
	Languages []IMLanguage `gorm:"many2many:im_user_languages"`
}

type IMLanguage struct {
	ID    uint
	Users []IMUser `gorm:"many2many:im_language_users"`
}

type IMAgreedUser struct {
	ID        uint
	Languages []IMAgreedLanguage `gorm:"many2many:im_agreed_user_languages"`
}

type IMAgreedLanguage struct {
	ID    uint
	Users []IMAgreedUser `gorm:"many2many:im_agreed_user_languages"`
}

func TestInverseMismatchM2M(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &IMUser{}, &IMLanguage{})
		if !dbs.TableExists(t, db.sql, db.kind, "im_user_languages") || !dbs.TableExists(t, db.sql, db.kind, "im_language_users") {
			t.Fatal("want two join tables")
		}
		l := IMLanguage{}
		must(t, db.Create(&l).Error)
		u := IMUser{Languages: []IMLanguage{l}}
		must(t, db.Create(&u).Error)
		var got IMLanguage
		must(t, db.Preload("Users").First(&got, l.ID).Error)
		if len(got.Users) != 0 {
			t.Fatalf("the language sees %d users; the bug is gone?", len(got.Users))
		}
	})
}

func TestInverseMismatchM2MFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &IMAgreedUser{}, &IMAgreedLanguage{})
		l := IMAgreedLanguage{}
		must(t, db.Create(&l).Error)
		must(t, db.Create(&IMAgreedUser{Languages: []IMAgreedLanguage{l}}).Error)
		var got IMAgreedLanguage
		must(t, db.Preload("Users").First(&got, l.ID).Error)
		if len(got.Users) != 1 {
			t.Fatalf("the language sees %d users, want 1", len(got.Users))
		}
	})
}
