package gormdb

import (
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// references-not-unique: a many-to-many whose foreignKey names only part
// of the owner's composite primary key. The join table keeps that column
// alone; its foreign key references a column that is not unique.
type MPUser struct {
	ID       uint     `gorm:"primaryKey;autoIncrement:false"`
	TenantID uint     `gorm:"primaryKey"`
	Roles    []MPRole `gorm:"many2many:mp_user_roles;foreignKey:ID"`
}

type MPRole struct {
	ID   uint
	Name string
}

// The whole key: fine.
type MPFixedUser struct {
	ID       uint          `gorm:"primaryKey;autoIncrement:false"`
	TenantID uint          `gorm:"primaryKey"`
	Roles    []MPFixedRole `gorm:"many2many:mp_fixed_user_roles"`
}

type MPFixedRole struct {
	ID   uint
	Name string
}

func TestM2MPartialCompositeKey(t *testing.T) {
	t.Run("bug", func(t *testing.T) {
		each(t, func(t *testing.T, db *conn) {
			err := db.AutoMigrate(&MPUser{}, &MPRole{})
			if err == nil {
				err = db.Create(&MPUser{ID: 1, TenantID: 1, Roles: []MPRole{{Name: "admin"}}}).Error
			}
			if db.kind == dbs.MySQL {
				// InnoDB takes a foreign key to a column that leads an
				// index, unique or not: the rows go in, and every user
				// with the same ID shares them.
				must(t, err)
				must(t, db.Create(&MPUser{ID: 1, TenantID: 2}).Error)
				var u MPUser
				must(t, db.Preload("Roles").First(&u, "id = ? AND tenant_id = ?", 1, 2).Error)
				if len(u.Roles) != 1 {
					t.Fatalf("tenant 2's user has %d roles, want tenant 1's one: the bug is gone?", len(u.Roles))
				}
				return
			}
			if err == nil {
				t.Fatal("the join row was accepted: the bug is gone?")
			}
			t.Logf("%v", err)
		})
	})
	t.Run("no foreign keys", func(t *testing.T) {
		// Without the constraint the join rows go in, and every user
		// with the same ID shares them.
		db := open(t, dbs.SQLite)
		migrate(t, db, &MPUser{}, &MPRole{})
		must(t, db.Exec("PRAGMA foreign_keys = OFF").Error)
		must(t, db.Create(&MPUser{ID: 1, TenantID: 1, Roles: []MPRole{{Name: "admin"}}}).Error)
		must(t, db.Create(&MPUser{ID: 1, TenantID: 2}).Error)
		var u MPUser
		must(t, db.Preload("Roles").First(&u, "id = ? AND tenant_id = ?", 1, 2).Error)
		if len(u.Roles) != 1 {
			t.Fatalf("tenant 2's user has %d roles, want tenant 1's one: the bug is gone?", len(u.Roles))
		}
	})
	t.Run("fixed", func(t *testing.T) {
		each(t, func(t *testing.T, db *conn) { testM2MPartialFixed(t, db) })
	})
}

func testM2MPartialFixed(t *testing.T, db *conn) {
	migrate(t, db, &MPFixedUser{}, &MPFixedRole{})
	must(t, db.Create(&MPFixedUser{ID: 1, TenantID: 1, Roles: []MPFixedRole{{Name: "admin"}}}).Error)
	must(t, db.Create(&MPFixedUser{ID: 1, TenantID: 2}).Error)
	var u MPFixedUser
	must(t, db.Preload("Roles").First(&u, "id = ? AND tenant_id = ?", 1, 2).Error)
	if len(u.Roles) != 0 {
		t.Fatalf("tenant 2's user sees tenant 1's roles: %+v", u.Roles)
	}
}
