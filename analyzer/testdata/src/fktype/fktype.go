package fktype // want package:"models Account, Item"

import "gorm.io/gorm"

type Account struct {
	Code  string `gorm:"primaryKey"`
	Items []Item `gorm:"foreignKey:AccountCode"`
}

type Item struct {
	gorm.Model
	AccountCode uint // want `Item\.AccountCode \(uint\) references Account\.Code \(string\); change it to string`
}

// Widths and signedness are compatible.
type Parent struct {
	ID       int64 `gorm:"primaryKey"`
	Children []Child
}

type Child struct {
	ID       uint
	ParentID int32
}

// Pointers and sql.Null wrap their element type.
type Owner struct {
	ID   uint `gorm:"primaryKey"`
	Pets []Pet
}

type Pet struct {
	ID      uint
	OwnerID *uint
}

// A string-like UUID type against string: the same in the database.
type UUID string

type Tenant struct {
	ID    UUID `gorm:"primaryKey"`
	Sites []Site
}

type Site struct {
	ID       uint
	TenantID string
}

// A string foreign key to an integer key: GORM migrates the column as an
// integer and database/sql converts (GORM's own Order.CouponID does this).
type Coupon struct {
	ID     int `gorm:"primaryKey"`
	Orders []Order
}

type Order struct {
	ID       uint
	CouponID string
}
