package cascadeineff // want package:"models"

import "gorm.io/gorm"

// The parent is soft-deleted: the database cascade never fires.
type Customer struct {
	gorm.Model
	Orders []Order `gorm:"constraint:OnDelete:CASCADE"` // want `Customer.Orders declares ON DELETE CASCADE, but Customer is soft-deleted`
}

type Order struct {
	ID         uint
	CustomerID uint
}

// Hard-deleted parent: silent.
type Invoice struct {
	ID    uint
	Lines []Line `gorm:"constraint:OnDelete:CASCADE"`
}

type Line struct {
	ID        uint
	InvoiceID uint
}

// Polymorphic: no constraint is created.
type Dog struct {
	ID   uint
	Toys []Toy `gorm:"polymorphic:Owner;constraint:OnDelete:CASCADE"` // want `Dog.Toys declares ON DELETE CASCADE, but it is polymorphic`
}

type Toy struct {
	ID        uint
	OwnerID   uint
	OwnerType string
}

// On the belongs-to side of a pair: GORM builds the constraint from the
// has-many side and drops this one.
type Shop struct {
	ID    uint
	Items []Item
}

type Item struct {
	ID     uint
	ShopID uint
	Shop   Shop `gorm:"constraint:OnDelete:CASCADE"` // want `Item.Shop declares ON DELETE CASCADE, but GORM builds the foreign key from the other side, Shop.Items`
}

// A belongs-to with no inverse owns its constraint: silent.
type Desk struct {
	ID       uint
	OfficeID uint
	Office   Office `gorm:"constraint:OnDelete:CASCADE"`
}

type Office struct {
	ID uint
}
