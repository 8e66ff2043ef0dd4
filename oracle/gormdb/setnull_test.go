package gormdb

import (
	"testing"
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
