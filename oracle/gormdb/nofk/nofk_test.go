// Package nofk shows, against SQLite through GORM, what the foreign-key
// rules' claims become when the program turns GORM's foreign keys off:
// nothing the rules describe happens, and relcheck, which sees the
// setting next to the AutoMigrate calls, claims none of it.
package nofk

import (
	"strings"
	"testing"

	"github.com/glebarez/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// What set-null-not-nullable would report: SET NULL on a uint key.
type NFParent struct {
	ID       uint
	Children []NFChild `gorm:"constraint:OnDelete:SET NULL"`
}

type NFChild struct {
	ID         uint
	NFParentID uint
}

// What references-not-unique would report: a key to a non-unique column.
type NFTeam struct {
	ID      uint
	Code    string
	Members []NFMember `gorm:"foreignKey:TeamCode;references:Code"`
}

type NFMember struct {
	ID       uint
	TeamCode string
}

func open(t *testing.T) *gorm.DB {
	t.Helper()
	dsn := "file:" + t.Name() + "?mode=memory&cache=shared&_pragma=foreign_keys(1)"
	db, err := gorm.Open(sqlite.Open(dsn), &gorm.Config{Logger: logger.Default.LogMode(logger.Silent)})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	sqlDB.SetMaxOpenConns(1)
	t.Cleanup(func() { sqlDB.Close() })
	return db
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestDisabledConstraints(t *testing.T) {
	db := open(t)
	db.Config.DisableForeignKeyConstraintWhenMigrating = true
	must(t, db.AutoMigrate(&NFParent{}, &NFChild{}, &NFTeam{}, &NFMember{}))
	for _, table := range []string{"nf_children", "nf_members"} {
		var sql string
		must(t, db.Raw("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table).Scan(&sql).Error)
		if strings.Contains(sql, "FOREIGN KEY") {
			t.Fatalf("constraint created despite the setting:\n%s", sql)
		}
	}
	// No SET NULL: the child keeps its key, and the delete succeeds.
	p := NFParent{Children: []NFChild{{}}}
	must(t, db.Create(&p).Error)
	must(t, db.Delete(&p).Error)
	var c NFChild
	must(t, db.First(&c).Error)
	if c.NFParentID != p.ID {
		t.Fatalf("the child's key is %d, want %d untouched", c.NFParentID, p.ID)
	}
	// No "foreign key mismatch": nothing refers to the non-unique column.
	must(t, db.Create(&NFTeam{Code: "red"}).Error)
	must(t, db.Create(&NFTeam{Code: "red"}).Error)
	must(t, db.Create(&NFMember{TeamCode: "red"}).Error)
}

// relcheck claims nothing about constraints here: the setting that turns
// them off sits beside the migration, and which database a test or the
// program runs against is not known from the code.
func TestRelcheckClaimsNoConstraint(t *testing.T) {
	_, fs := run.Analyze(t, analyzer.Analyzer, run.Load(t, true, "."))
	for _, f := range fs {
		t.Errorf("%s: %s", f.Category, f.Message)
	}
}
