package gormcalls // want package:"models"

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Audit's relation belongs to every model that embeds it, as in GORM.
type Audit struct {
	CreatorID uint
	Creator   *Company
}

type Doc struct {
	gorm.Model
	Audit
	Title string
}

func clean(db *gorm.DB, name string, models []any) {
	var users []User
	db.Preload("Posts").Preload("Profile").Find(&users)
	db.Preload("Posts.Comments").Preload("Languages").Find(&users)
	db.Preload("Posts", "title <> ?", "").Find(&users)
	db.Preload(clause.Associations).Find(&users)
	db.Preload("Posts." + clause.Associations).Find(&users)
	db.Joins("Company").Joins("Profile").Find(&users)
	db.InnerJoins("Company", db.Where(&Company{Name: "x"})).Find(&users)
	db.Joins("JOIN companies ON companies.id = users.company_id").Find(&users)
	db.Joins("LEFT JOIN posts ON posts.user_id = users.id").Find(&users)
	db.Model(&users[0]).Association("Languages").Find(&[]Language{})
	db.Preload("Creator").Find(&[]Doc{})
	db.Preload("Creator").Joins("Creator").First(&Doc{})

	// Names and models known only at run time.
	db.Preload(name).Find(&users)
	var rows []map[string]any
	db.Preload("Nothing").Find(&rows)
	db.Model(models[0]).Joins("Nothing").Find(&users)
	db.Scopes(func(tx *gorm.DB) *gorm.DB { return tx.Model(&Post{}) }).Preload("Comments").Find(&users)
	q := start(db)
	q.Preload("Nothing").Find(&users)

	// Several models reach one variable: nothing is known for sure.
	m := db.Model(&User{})
	if name == "" {
		m = db.Model(&Post{})
	}
	m.Preload("Comments").Find(&users)

	// Silenced, with a reason.
	//relcheck:ignore relation-missing Legacy is added by a plugin at run time
	db.Preload("Legacy").Find(&users)
	db.Joins("Posts").Find(&users) //relcheck:ignore join-to-many kept to show the panic in a demo

	// A Preload that never runs is no error.
	_ = db.Preload("Nothing")
}

func start(db *gorm.DB) *gorm.DB { return db.Model(&Post{}) }

// Load is generic: its names and model arrive at run time.
func Load[T any](db *gorm.DB, rels ...string) []T {
	var out []T
	for _, r := range rels {
		db = db.Preload(r)
	}
	db.Preload("Nothing").Find(&out)
	return out
}

// Types declared in functions share names (GORM's tests declare Level1 in
// one test after another); relcheck names models by package and type
// name, so it says nothing about them.
func localA(db *gorm.DB) {
	type Level struct {
		gorm.Model
		CompanyID uint
		Company   Company
	}
	db.Preload("Company").Find(&[]Level{})
}

func localB(db *gorm.DB) {
	type Level struct {
		gorm.Model
		LanguageID uint
		Language   Language
	}
	db.Preload("Language").Find(&[]Level{})
}

// Page is generic: its instances are not judged.
type Page[T any] struct {
	gorm.Model
	Items []T
}

func generic(db *gorm.DB) {
	db.Preload("Nothing").Find(&[]Page[Post]{})
}
