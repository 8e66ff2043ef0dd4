package gormdb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// set-null-not-nullable: ON DELETE SET NULL on a uint key. The database
// nulls the key, GORM reads it back as 0, and saving writes 0.
type SNParent struct {
	ID       uint
	Children []SNChild `gorm:"constraint:OnDelete:SET NULL"`
}

type SNChild struct {
	ID         uint
	Name       string
	SNParentID uint
}

type SNFixedParent struct {
	ID       uint
	Children []SNFixedChild `gorm:"constraint:OnDelete:SET NULL"`
}

type SNFixedChild struct {
	ID              uint
	Name            string
	SNFixedParentID *uint
}

func TestSetNullNotNullable(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &SNParent{}, &SNChild{})
		p := SNParent{Children: []SNChild{{Name: "kid"}}}
		must(t, db.Create(&p).Error)
		must(t, db.Delete(&SNParent{}, p.ID).Error)

		col := db.NamingStrategy.ColumnName("", "SNParentID")
		table := db.NamingStrategy.TableName("SNChild")
		var isNull bool
		must(t, db.Raw("SELECT "+col+" IS NULL FROM "+table+" WHERE id = ?", p.Children[0].ID).Scan(&isNull).Error)
		if !isNull {
			t.Fatal("the database did not set the key to NULL")
		}
		var c SNChild
		must(t, db.First(&c, p.Children[0].ID).Error)
		if c.SNParentID != 0 {
			t.Fatalf("read back %d, want 0", c.SNParentID)
		}
		// The next save writes 0, which references no parent.
		c.Name = "renamed"
		err := db.Save(&c).Error
		if err == nil {
			t.Fatal("saving the child succeeded: the bug is gone?")
		}
		t.Logf("save after SET NULL: %v", err)
	})
}

func TestSetNullNotNullableFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &SNFixedParent{}, &SNFixedChild{})
		p := SNFixedParent{Children: []SNFixedChild{{Name: "kid"}}}
		must(t, db.Create(&p).Error)
		must(t, db.Delete(&SNFixedParent{}, p.ID).Error)
		var c SNFixedChild
		must(t, db.First(&c, p.Children[0].ID).Error)
		if c.SNFixedParentID != nil {
			t.Fatalf("read back %d, want nil", *c.SNFixedParentID)
		}
		c.Name = "renamed"
		must(t, db.Save(&c).Error)
	})
}

// set-null-not-nullable with NOT NULL: the database will not write NULL.
type SNNotNullParent struct {
	ID       uint
	Children []SNNotNullChild `gorm:"constraint:OnDelete:SET NULL"`
}

type SNNotNullChild struct {
	ID                uint
	SNNotNullParentID uint `gorm:"not null"`
}

// SQLite and PostgreSQL refuse the parent's delete; MariaDB refuses the
// constraint.
func TestSetNullNotNull(t *testing.T) {
	want := map[string]string{
		dbs.SQLite:   "NOT NULL constraint failed: sn_not_null_children.sn_not_null_parent_id",
		dbs.Postgres: `null value in column "sn_not_null_parent_id" of relation "sn_not_null_children" violates not-null constraint`,
		dbs.MySQL:    `errno: 150 "Foreign key constraint is incorrectly formed"`,
	}
	each(t, func(t *testing.T, db *conn) {
		err := db.AutoMigrate(&SNNotNullParent{}, &SNNotNullChild{})
		if db.kind != dbs.MySQL {
			must(t, err)
			p := SNNotNullParent{Children: []SNNotNullChild{{}}}
			must(t, db.Create(&p).Error)
			err = db.Delete(&SNNotNullParent{}, p.ID).Error
		}
		if err == nil || !strings.Contains(err.Error(), want[db.kind]) {
			t.Fatalf("got %v, want %s", err, want[db.kind])
		}
	})
}
