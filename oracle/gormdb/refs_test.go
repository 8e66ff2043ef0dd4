package gormdb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// references-not-unique: a foreign key to a non-unique column. Both
// models give the key a size: without one GORM migrates a string key as
// longtext on MariaDB, which InnoDB cannot reference (errno 150) whether
// it is unique or not.
type RNTeam struct {
	ID      uint
	Code    string     `gorm:"size:191"`
	Members []RNMember `gorm:"foreignKey:TeamCode;references:Code"`
}

type RNMember struct {
	ID       uint
	TeamCode string
}

type RNFixedTeam struct {
	ID      uint
	Code    string          `gorm:"uniqueIndex;size:191"`
	Members []RNFixedMember `gorm:"foreignKey:TeamCode;references:Code"`
}

type RNFixedMember struct {
	ID       uint
	TeamCode string
}

func TestReferencesNotUnique(t *testing.T) {
	// What each database says, and when: SQLite creates the tables and
	// then refuses every write that touches the broken constraint (the
	// parent's included); the servers refuse the constraint itself.
	want := map[string]string{
		dbs.SQLite:   `foreign key mismatch - "rn_members" referencing "rn_teams"`,
		dbs.Postgres: `there is no unique constraint matching given keys for referenced table "rn_teams"`,
		dbs.MySQL:    `errno: 150 "Foreign key constraint is incorrectly formed"`,
	}
	each(t, func(t *testing.T, db *conn) {
		err := db.AutoMigrate(&RNTeam{}, &RNMember{})
		if db.kind == dbs.SQLite {
			must(t, err)
			if err = db.Create(&RNTeam{Code: "red"}).Error; err == nil || !strings.Contains(err.Error(), want[db.kind]) {
				t.Fatalf("insert into the parent: %v, want %s", err, want[db.kind])
			}
			err = db.Create(&RNMember{TeamCode: "red"}).Error
		}
		if err == nil || !strings.Contains(err.Error(), want[db.kind]) {
			t.Fatalf("got %v, want %s", err, want[db.kind])
		}
	})
}

func TestReferencesNotUniqueFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &RNFixedTeam{}, &RNFixedMember{})
		must(t, db.Create(&RNFixedTeam{Code: "red"}).Error)
		must(t, db.Create(&RNFixedMember{TeamCode: "red"}).Error)
	})
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
		db := open(t, dbs.SQLite) // the mismatch is SQLite's; PostgreSQL refuses the key at migration
		migrate(t, db, &RCProject{}, &RCTask{})
		must(t, db.Create(&RCProject{TenantID: 1, ID: 1}).Error)
		err := db.Create(&RCTask{ProjectID: 1}).Error
		if err == nil || !strings.Contains(err.Error(), "foreign key mismatch") {
			t.Fatalf("insert into the child: %v, want a foreign key mismatch", err)
		}
	})
	t.Run("fixed", func(t *testing.T) {
		db := open(t, dbs.SQLite) // the mismatch is SQLite's; PostgreSQL refuses the key at migration
		migrate(t, db, &RCProject{}, &RCFixedTask{})
		must(t, db.Create(&RCProject{TenantID: 1, ID: 1}).Error)
		must(t, db.Create(&RCFixedTask{TenantID: 1, ProjectID: 1}).Error)
		if err := db.Create(&RCFixedTask{TenantID: 2, ProjectID: 1}).Error; err == nil {
			t.Fatal("a task of another tenant's project was accepted")
		}
	})
}
