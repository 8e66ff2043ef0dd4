package gormq

import (
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/relcheck/relcheck/oracle/callsites/internal/sites"
)

// Every case runs on SQLite with rows at every step of every path, and
// relcheck reports exactly the cases GORM fails or panics on.
func TestGORMAgrees(t *testing.T) {
	found := sites.Findings(t, "github.com/relcheck/relcheck/oracle/callsites/gormq")
	for name := range found {
		if Cases[name] == nil {
			t.Errorf("finding outside the cases, in %q: %v", name, found[name])
		}
	}
	for name, c := range Cases {
		t.Run(name, func(t *testing.T) {
			db := seeded(t)
			sites.Check(t, name, found[name], sites.Run(func() error { return c(db) }))
		})
	}
}

func seeded(t *testing.T) *gorm.DB {
	t.Helper()
	dsn := "file:" + strings.NewReplacer("/", "_").Replace(t.Name()) + "?mode=memory&cache=shared&_pragma=foreign_keys(1)"
	db, err := gorm.Open(sqlite.Open(dsn), &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, _ := db.DB()
	sqlDB.SetMaxOpenConns(1)
	t.Cleanup(func() { sqlDB.Close() })
	if err := db.AutoMigrate(Models...); err != nil {
		t.Fatal(err)
	}
	company := Company{Name: "acme", Country: Country{Code: "FR"}}
	u := User{Name: "ann", Company: company, Profile: &Profile{},
		Posts:     []Post{{Title: "a", Comments: []Comment{{}, {}}}, {Title: "b", Comments: []Comment{{}}}},
		Languages: []Language{{Code: "fr"}, {Code: "en"}}}
	if err := db.Create(&u).Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Create(&Doc{Audit: Audit{CreatorID: u.CompanyID}}).Error; err != nil {
		t.Fatal(err)
	}
	if err := db.Create(&Note{Audit: Audit{CreatorID: u.CompanyID}}).Error; err != nil {
		t.Fatal(err)
	}
	return db
}
