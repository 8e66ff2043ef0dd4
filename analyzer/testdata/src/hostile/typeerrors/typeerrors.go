package typeerrors // want package:"models User, Profile, Order, Item, Account, Owner"

// This package does not type-check: an unrelated function returns a
// string from an int function, and some fields name undefined types. The
// models that do type-check are still checked; the others draw silence.

import (
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

func count() int {
	return "x"
}

// GORM: a well-typed model with a finding.
type User struct {
	gorm.Model
	Profile Profile // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add uniqueIndex to Profile\.UserID`
	Broken  []Broken
}

type Profile struct {
	gorm.Model
	UserID uint
}

// GORM: fields of undefined types, and relations to them: silence.
type Broken struct {
	gorm.Model
	UserID    uint
	Company   Compnay
	CompanyID uint
	Posts     []Postt `gorm:"foreignKey:BrokenID;constraint:OnDelete:SET NULL"`
	Owner     *User   `gorm:"foreignKey:OwnerID"`
	OwnerID   undefined.ID
}

// Bun: a well-typed relation with a finding, next to one into a model
// that does not type-check.
type Order struct {
	bun.BaseModel `bun:"table:orders"`

	ID     int64   `bun:",pk"`
	Items  []Item  `bun:"rel:has-many,join:id=order_id"`
	Stock  []Stock `bun:"rel:has-many,join:id=order_id"`
	Drafts []Item  `bun:"rel:has-many,join:id=draft_id"` // want `Order.Drafts: Item has no column "draft_id"`
}

type Item struct {
	ID      int64 `bun:",pk"`
	OrderID int64
}

type Stock struct {
	ID    int64 `bun:",pk"`
	Order Nope  `bun:"rel:belongs-to,join:order_id=id"`
	Bin   Nada
}

// go-pg: a well-typed one-to-one, and a model with a broken key type.
type Account struct {
	tableName struct{} `pg:"accounts"`

	ID    int64
	Owner *Owner `pg:"rel:belongs-to"` // want `Account\.Owner is one-to-one but Owner\.AccountID is not unique; add unique to Owner\.AccountID`
}

type Owner struct {
	ID        int64
	AccountID int64
}

type Ledger struct {
	tableName struct{} `pg:"ledgers"`

	ID        int64
	Account   *Account `pg:"rel:has-one"`
	AccountID Missing
}

// Queries over broken types and undefined names: silence, no panic. A
// well-typed query beside them is still checked.
func queries(db *gorm.DB) {
	db.Preload("Posts").Find(&undefinedVar)
	db.Preload(undefinedConst).Find(&[]User{})
	db.Model(Undefined{}).Preload("Nothing").Find(nil)
	db.Joins("Nothing").Find(&[]Broken{})
	db.Preload("Profle").Find(&[]User{}) // want `relation-missing: Preload\("Profle"\): User has no relation Profle`
}
