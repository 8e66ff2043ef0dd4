package gormdb

import (
	"strings"
	"testing"

	"gorm.io/gorm"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

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

// The fix relcheck names: the key's own type. On MariaDB the key needs a
// size too: GORM copies it onto the foreign key, which would otherwise be
// longtext, a column InnoDB cannot use in a foreign key (errno 150).
type TMFixedAccount struct {
	Code  string        `gorm:"primaryKey;size:191"`
	Items []TMFixedItem `gorm:"foreignKey:AccountCode"`
}

type TMFixedItem struct {
	ID          uint
	AccountCode string
}

// A string key to an integer key is fine in GORM: it gives the column the
// key's type, so the database compares integers. relcheck stays silent.
type TMCoupon struct {
	ID     int
	Orders []TMOrder
}

type TMOrder struct {
	ID         uint
	TMCouponID string
}

func TestTypeMismatch(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &TMAccount{}, &TMItem{})
		if typ := dbs.ColumnType(t, db.sql, db.kind, "tm_items", "account_code"); !strings.Contains(typ, "text") && !strings.Contains(typ, "char") {
			t.Fatalf("account_code is %s: GORM did not give it the referenced key's type", typ)
		}
		must(t, db.Create(&TMAccount{Code: "7"}).Error)
		err := db.Create(&TMItem{AccountCode: 7}).Error
		if db.kind == dbs.Postgres {
			// pgx will not send an integer for a varchar parameter.
			const want = "unable to encode 0x7 into text format for varchar (OID 1043)"
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("insert: %v, want %s", err, want)
			}
		} else {
			must(t, err) // SQLite and MariaDB store the digits as text
		}
		// Every other key is one the uint field cannot read back.
		must(t, db.Create(&TMAccount{Code: "acme"}).Error)
		must(t, db.Exec("INSERT INTO tm_items (account_code) VALUES ('acme')").Error)
		var its []TMItem
		err = db.Find(&its).Error
		if err == nil || !strings.Contains(err.Error(), `("acme") to a uint`) {
			t.Fatalf("reading the items: %v, want a failed conversion of \"acme\"", err)
		}
	})
}

func TestTypeMismatchFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &TMFixedAccount{}, &TMFixedItem{})
		a := TMFixedAccount{Code: "acme", Items: []TMFixedItem{{}}}
		must(t, db.Create(&a).Error)
		var got TMFixedAccount
		must(t, db.Preload("Items").First(&got, "code = ?", "acme").Error)
		if len(got.Items) != 1 {
			t.Fatalf("%d items, want 1", len(got.Items))
		}
	})
}

func TestTypeStringToInt(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &TMCoupon{}, &TMOrder{})
		if typ := dbs.ColumnType(t, db.sql, db.kind, "tm_orders", "tm_coupon_id"); !strings.Contains(typ, "int") {
			t.Fatalf("tm_coupon_id is %s, want the key's integer type", typ)
		}
		c := TMCoupon{Orders: []TMOrder{{}, {}}}
		must(t, db.Create(&c).Error)
		var got TMCoupon
		must(t, db.Preload("Orders").First(&got, c.ID).Error)
		if len(got.Orders) != 2 {
			t.Fatalf("%d orders, want 2", len(got.Orders))
		}
	})
}

// On MariaDB a string key needs a size: GORM migrates the key as
// varchar(191) and copies its size, none, onto the foreign key, which
// becomes longtext, a column InnoDB cannot use in a foreign key.
type TMNoSizeAccount struct {
	Code  string         `gorm:"primaryKey"`
	Items []TMNoSizeItem `gorm:"foreignKey:AccountCode"`
}

type TMNoSizeItem struct {
	ID          uint
	AccountCode string
}

func TestStringKeyWithoutSize(t *testing.T) {
	db := open(t, dbs.MySQL)
	err := db.AutoMigrate(&TMNoSizeAccount{}, &TMNoSizeItem{})
	const want = `errno: 150 "Foreign key constraint is incorrectly formed"`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("AutoMigrate: %v, want %s", err, want)
	}
	if typ := dbs.ColumnType(t, db.sql, db.kind, "tm_no_size_accounts", "code"); typ != "varchar(191)" {
		t.Fatalf("the key is %s, want varchar(191)", typ)
	}
	stmt := &gorm.Statement{DB: db.DB}
	must(t, stmt.Parse(&TMNoSizeAccount{}))
	fk := stmt.Schema.Relationships.Relations["Items"].References[0].ForeignKey
	if typ := db.Dialector.DataTypeOf(fk); typ != "longtext" {
		t.Fatalf("the foreign key is %s, want longtext", typ)
	}
}
