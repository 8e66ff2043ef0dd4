package fktypedb // want package:"models"

import (
	"github.com/uptrace/bun"
	_ "github.com/uptrace/bun/dialect/sqlitedialect"
	_ "gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// The package imports GORM's PostgreSQL driver and Bun's SQLite dialect:
// each message speaks for those two databases only.
type Account struct {
	Code  string `gorm:"primaryKey"`
	Items []Item `gorm:"foreignKey:AccountCode"`
}

type Item struct {
	gorm.Model
	AccountCode uint // want `Item.AccountCode is uint \(integer\) but references Account.Code \(fktypedb.go:\d+\), which is string \(string\), through Account.Items; GORM migrates the column with the key's string type, and the integer field cannot read back a key that is not digits; on PostgreSQL, the first insert already fails in the driver \(unable to encode 0x7 into text format for varchar\); change Item.AccountCode to string`
}

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	ID       int64  `bun:",pk"`
	AuthorID string // want `Bun gives the column the field's own type, character varying, not the key's: on PostgreSQL, every relation query fails \(operator does not exist: character varying = integer\) and the foreign key cannot be created \(cannot be implemented\); on SQLite, Bun matches no row a has-many loads to its parent; change`
}
