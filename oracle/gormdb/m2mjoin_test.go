package gormdb

import (
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// schema-drift on a many-to-many whose join table comes from a migration
// with no unique pair: GORM inserts join rows with ON CONFLICT DO NOTHING,
// which does nothing only when a unique constraint conflicts. Each save
// of the association then adds a row, and Preload repeats the target.
type JDUser struct {
	ID        uint
	Languages []JDLanguage `gorm:"many2many:jd_user_languages"`
}

type JDLanguage struct{ ID uint }

func joinTable(t *testing.T, db *conn, unique bool) {
	t.Helper()
	migrate(t, db, &JDLanguage{})
	id := "bigint"
	if db.kind == dbs.MySQL {
		id = "bigint unsigned" // GORM's uint key, which the foreign key must match
	}
	must(t, db.Exec("CREATE TABLE jd_users (id "+id+" PRIMARY KEY)").Error)
	ddl := "CREATE TABLE jd_user_languages (jd_user_id " + id + " NOT NULL REFERENCES jd_users (id), jd_language_id " + id + " NOT NULL REFERENCES jd_languages (id)"
	if unique {
		ddl += ", PRIMARY KEY (jd_user_id, jd_language_id)"
	}
	must(t, db.Exec(ddl+")").Error)
}

func saveTwice(t *testing.T, db *conn) (rows int64, preloaded int) {
	t.Helper()
	l := JDLanguage{}
	must(t, db.Create(&l).Error)
	u := JDUser{ID: 1, Languages: []JDLanguage{l}}
	must(t, db.Create(&u).Error)
	must(t, db.Save(&u).Error)
	must(t, db.Table("jd_user_languages").Count(&rows).Error)
	var got JDUser
	must(t, db.Preload("Languages").First(&got, u.ID).Error)
	return rows, len(got.Languages)
}

func TestM2MJoinTableWithoutUniquePair(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		joinTable(t, db, false)
		if rows, n := saveTwice(t, db); rows < 2 || int64(n) != rows {
			t.Fatalf("%d join rows, %d languages preloaded; want duplicates in both (the bug)", rows, n)
		}
	})
}

func TestM2MJoinTableWithUniquePair(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		joinTable(t, db, true)
		if rows, n := saveTwice(t, db); rows != 1 || n != 1 {
			t.Fatalf("%d join rows, %d languages preloaded; want 1 and 1", rows, n)
		}
	})
}
