package noevidence // want package:"models"

// Package noevidence has the mistakes the foreign-key rules catch, but no
// code that creates foreign keys: its schema may come from SQL migrations
// that relcheck cannot read, so nothing may be claimed about what the
// database does with keys it may not have.

import (
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

// set-null-not-nullable, cascade-conflict and references-not-unique would
// each report here if GORM migrated these tables.
type User struct {
	ID    uint
	Code  string
	Books []Book `gorm:"constraint:OnDelete:SET NULL"`
	Posts []Post `gorm:"constraint:OnDelete:CASCADE"`
	Teams []Team `gorm:"foreignKey:OwnerCode;references:Code"`
}

type Book struct {
	gorm.Model
	UserID uint
}

type Post struct {
	ID     uint
	UserID *uint
	User   User `gorm:"constraint:OnDelete:SET NULL"`
}

type Team struct {
	ID        uint
	OwnerCode string
}

// The same in Bun, which creates foreign keys only when asked.
type Shelf struct {
	bun.BaseModel `bun:"table:shelves"`
	ID            int64 `bun:",pk"`
}

type Box struct {
	bun.BaseModel `bun:"table:boxes"`
	ID            int64 `bun:",pk"`
	ShelfID       int64
	Shelf         *Shelf `bun:"rel:belongs-to,join:shelf_id=id,on_delete:SET NULL"`
}

// What does not depend on the database still reports: the ORM drops an
// action declared on the side it does not build the key from.
type Shop struct {
	ID    uint
	Items []Item
}

type Item struct {
	ID     uint
	ShopID uint
	Shop   Shop `gorm:"constraint:OnDelete:CASCADE"` // want `Item\.Shop: ON DELETE CASCADE is dropped; move it to Shop\.Items, which builds the key`
}
