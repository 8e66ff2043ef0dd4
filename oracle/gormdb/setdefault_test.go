package gormdb

import (
	"slices"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// set-default-ineffective: ON DELETE SET DEFAULT on a key with no default
// value, and on InnoDB, which keeps RESTRICT instead.
type SDParent struct {
	ID       uint
	Children []SDChild `gorm:"constraint:OnDelete:SET DEFAULT"`
}

type SDChild struct {
	ID         uint
	Name       string
	SDParentID uint
}

type SDNotNullParent struct {
	ID       uint
	Children []SDNotNullChild `gorm:"constraint:OnDelete:SET DEFAULT"`
}

type SDNotNullChild struct {
	ID                uint
	SDNotNullParentID uint `gorm:"not null"`
}

// The fix on PostgreSQL and SQLite: a default to set. InnoDB still keeps
// RESTRICT, and relcheck still says so.
type SDDefaultParent struct {
	ID       uint
	Children []SDDefaultChild `gorm:"constraint:OnDelete:SET DEFAULT"`
}

type SDDefaultChild struct {
	ID                uint
	SDDefaultParentID *uint `gorm:"default:1"`
}

const restrict = "Error 1451 (23000): Cannot delete or update a parent row: a foreign key constraint fails"

func TestSetDefaultIneffective(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &SDParent{}, &SDChild{})
		rules := deleteRules(t, db, "sd_children")
		p := SDParent{Children: []SDChild{{Name: "kid"}}}
		must(t, db.Create(&p).Error)
		err := db.Delete(&SDParent{}, p.ID).Error
		if db.kind == dbs.MySQL {
			// InnoDB takes the clause and stores RESTRICT.
			if !slices.Equal(rules, []string{"RESTRICT"}) {
				t.Fatalf("ON DELETE %v, want InnoDB's RESTRICT", rules)
			}
			if err == nil || !strings.Contains(err.Error(), restrict) {
				t.Fatalf("delete: %v, want %s", err, restrict)
			}
			return
		}
		must(t, err)
		// No default: the key is NULL, GORM reads 0, and the next save
		// writes 0, which references no parent.
		var c SDChild
		must(t, db.First(&c, p.Children[0].ID).Error)
		if c.SDParentID != 0 {
			t.Fatalf("read back %d, want 0", c.SDParentID)
		}
		c.Name = "renamed"
		if err := db.Save(&c).Error; err == nil {
			t.Fatal("saving the child succeeded: the bug is gone?")
		}
	})
}

func TestSetDefaultNotNull(t *testing.T) {
	want := map[string]string{
		dbs.SQLite:   "NOT NULL constraint failed: sd_not_null_children.sd_not_null_parent_id",
		dbs.Postgres: `null value in column "sd_not_null_parent_id" of relation "sd_not_null_children" violates not-null constraint`,
		dbs.MySQL:    restrict,
	}
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &SDNotNullParent{}, &SDNotNullChild{})
		p := SDNotNullParent{Children: []SDNotNullChild{{}}}
		must(t, db.Create(&p).Error)
		if err := db.Delete(&SDNotNullParent{}, p.ID).Error; err == nil || !strings.Contains(err.Error(), want[db.kind]) {
			t.Fatalf("delete: %v, want %s", err, want[db.kind])
		}
	})
}

func TestSetDefaultWithDefault(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &SDDefaultParent{}, &SDDefaultChild{})
		a, b := SDDefaultParent{}, SDDefaultParent{}
		must(t, db.Create(&a).Error)
		must(t, db.Create(&b).Error)
		must(t, db.Create(&SDDefaultChild{SDDefaultParentID: &b.ID}).Error)
		err := db.Delete(&SDDefaultParent{}, b.ID).Error
		if db.kind == dbs.MySQL {
			if err == nil || !strings.Contains(err.Error(), restrict) {
				t.Fatalf("delete: %v, want %s", err, restrict)
			}
			return
		}
		must(t, err)
		var c SDDefaultChild
		must(t, db.First(&c).Error)
		if c.SDDefaultParentID == nil || *c.SDDefaultParentID != a.ID {
			t.Fatalf("the child now points at %v, want the default %d", c.SDDefaultParentID, a.ID)
		}
	})
}
