package gormdb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// tag-syntax: "default null" (a space) is no setting, and GORM ignores it.
// The tempting fix, default:null, makes GORM leave zero values out of
// INSERT, so the database default, NULL, is written instead: on a not null
// column every insert of a zero value fails.
type DNWritten struct {
	ID    uint
	Count int `gorm:"not null;default null"`
}

type DNColon struct {
	ID    uint
	Count int `gorm:"not null;default:null"`
}

// On a nullable column default:null silently turns a zero into NULL.
type DNNullable struct {
	ID    uint
	Count int `gorm:"default:null"`
}

func TestDefaultNull(t *testing.T) { each(t, testDefaultNull) }

func testDefaultNull(t *testing.T, db *conn) {
	migrate(t, db, &DNWritten{}, &DNNullable{})
	must(t, db.Create(&DNWritten{Count: 0}).Error)
	if db.kind == dbs.MySQL {
		// MariaDB refuses the column itself.
		const want = "Error 1067 (42000): Invalid default value for 'count'"
		if err := db.AutoMigrate(&DNColon{}); err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("AutoMigrate: %v, want %s", err, want)
		}
	} else if err := db.AutoMigrate(&DNColon{}); err != nil {
		t.Fatal(err)
	} else if err := db.Create(&DNColon{Count: 0}).Error; err == nil {
		t.Fatal("default:null on a not null column: the zero insert succeeded, the harm is gone?")
	} else {
		t.Logf("default:null on a not null column: %v", err)
	}
	r := DNNullable{Count: 0}
	must(t, db.Create(&r).Error)
	var isNull bool
	must(t, db.Raw("SELECT count IS NULL FROM dn_nullables WHERE id = ?", r.ID).Scan(&isNull).Error)
	if !isNull {
		t.Fatal("default:null on a nullable column wrote 0, not NULL")
	}
}
