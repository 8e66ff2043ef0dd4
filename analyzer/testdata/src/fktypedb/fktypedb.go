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
	AccountCode uint // want `Item\.AccountCode \(uint\) references Account\.Code \(string\); change it to string`
}

type User struct {
	bun.BaseModel `bun:"table:users"`
	ID            int64   `bun:",pk,autoincrement"`
	Posts         []*Post `bun:"rel:has-many,join:id=author_id"`
}

type Post struct {
	ID       int64  `bun:",pk"`
	AuthorID string // want `Post\.AuthorID \(string\) references User\.ID \(int64\); change it to int64`
}
