package gormdb

import (
	"strings"
	"testing"
)

// references-not-unique: a foreign key to a non-unique column. SQLite
// creates the tables and then fails every insert into the child.
type RNTeam struct {
	ID      uint
	Code    string
	Members []RNMember `gorm:"foreignKey:TeamCode;references:Code"`
}

type RNMember struct {
	ID       uint
	TeamCode string
}

type RNFixedTeam struct {
	ID      uint
	Code    string          `gorm:"uniqueIndex"`
	Members []RNFixedMember `gorm:"foreignKey:TeamCode;references:Code"`
}

type RNFixedMember struct {
	ID       uint
	TeamCode string
}

func TestReferencesNotUnique(t *testing.T) {
	t.Run("bug", func(t *testing.T) {
		db := open(t)
		migrate(t, db, &RNTeam{}, &RNMember{})
		// SQLite refuses every write that touches the broken constraint,
		// the parent's included.
		err := db.Create(&RNTeam{Code: "red"}).Error
		if err == nil || !strings.Contains(err.Error(), "foreign key mismatch") {
			t.Fatalf("insert into the parent: %v, want a foreign key mismatch", err)
		}
		err = db.Create(&RNMember{TeamCode: "red"}).Error
		if err == nil || !strings.Contains(err.Error(), "foreign key mismatch") {
			t.Fatalf("insert into the child: %v, want a foreign key mismatch", err)
		}
	})
	t.Run("fixed", func(t *testing.T) {
		db := open(t)
		migrate(t, db, &RNFixedTeam{}, &RNFixedMember{})
		must(t, db.Create(&RNFixedTeam{Code: "red"}).Error)
		must(t, db.Create(&RNFixedMember{TeamCode: "red"}).Error)
	})
}

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
	t.Run("bug", func(t *testing.T) {
		db := open(t)
		migrate(t, db, &IMUser{}, &IMLanguage{})
		if !tableExists(t, db, "im_user_languages") || !tableExists(t, db, "im_language_users") {
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
	t.Run("fixed", func(t *testing.T) {
		db := open(t)
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

// fk-type-mismatch: GORM accepts a uint key to a string key and migrates
// the column with the key's type; the Go field cannot hold the values.
type TMAccount struct {
	Code  string   `gorm:"primaryKey"`
	Items []TMItem `gorm:"foreignKey:AccountCode"`
}

type TMItem struct {
	ID          uint
	AccountCode uint
}

func TestTypeMismatch(t *testing.T) {
	db := open(t)
	migrate(t, db, &TMAccount{}, &TMItem{})
	if sql := ddl(t, db, "tm_items"); !strings.Contains(sql, "`account_code` text") {
		t.Logf("DDL: %s", sql)
		t.Fatal("GORM did not give the key column the referenced key's type")
	}
	must(t, db.Create(&TMAccount{Code: "acme"}).Error)
	must(t, db.Exec("INSERT INTO tm_items (account_code) VALUES ('acme')").Error)
	var it TMItem
	err := db.First(&it).Error
	if err == nil {
		t.Fatalf("a uint field read the key %q without error", "acme")
	}
	t.Logf("reading the item: %v", err)
}

// references-not-unique, composite key: a belongs-to that joins one
// column of a composite primary key. The database refuses the key; the
// fix is the whole key, not unique on the one column.
type RCProject struct {
	TenantID uint `gorm:"primaryKey;autoIncrement:false"`
	ID       uint `gorm:"primaryKey;autoIncrement:false"`
}

type RCTask struct {
	ID        uint
	ProjectID uint
	Project   RCProject `gorm:"foreignKey:ProjectID;references:ID"`
}

type RCFixedTask struct {
	ID        uint
	TenantID  uint
	ProjectID uint
	Project   RCProject `gorm:"foreignKey:TenantID,ProjectID;references:TenantID,ID"`
}

func TestReferencesPartOfCompositeKey(t *testing.T) {
	t.Run("bug", func(t *testing.T) {
		db := open(t)
		migrate(t, db, &RCProject{}, &RCTask{})
		must(t, db.Create(&RCProject{TenantID: 1, ID: 1}).Error)
		err := db.Create(&RCTask{ProjectID: 1}).Error
		if err == nil || !strings.Contains(err.Error(), "foreign key mismatch") {
			t.Fatalf("insert into the child: %v, want a foreign key mismatch", err)
		}
	})
	t.Run("fixed", func(t *testing.T) {
		db := open(t)
		migrate(t, db, &RCProject{}, &RCFixedTask{})
		must(t, db.Create(&RCProject{TenantID: 1, ID: 1}).Error)
		must(t, db.Create(&RCFixedTask{TenantID: 1, ProjectID: 1}).Error)
		if err := db.Create(&RCFixedTask{TenantID: 2, ProjectID: 1}).Error; err == nil {
			t.Fatal("a task of another tenant's project was accepted")
		}
	})
}
