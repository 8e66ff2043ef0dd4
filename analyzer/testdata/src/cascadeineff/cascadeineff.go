package cascadeineff // want package:"models" package:"evidence gorm: hard-deletes Account, hard-deletes Folder, hard-deletes Album"

import "gorm.io/gorm"

// The parent is soft-deleted: the database cascade never fires.
type Customer struct {
	gorm.Model
	Orders []Order `gorm:"constraint:OnDelete:CASCADE"` // want `Customer\.Orders: CASCADE never fires, as Customer is soft-deleted; delete for real, or drop it`
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
	Toys []Toy `gorm:"polymorphic:Owner;constraint:OnDelete:CASCADE"` // want `Dog\.Toys: ON DELETE CASCADE never fires; remove it, or delete the Toy rows yourself`
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
	Shop   Shop `gorm:"constraint:OnDelete:CASCADE"` // want `Item\.Shop: ON DELETE CASCADE is dropped; move it to Shop\.Items, which builds the key`
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

// Soft-deleted, but the code also deletes for real (deletes.go): the
// action fires then, and soft deletes keep the children on purpose.
type Account struct {
	gorm.Model
	Sessions []Session `gorm:"constraint:OnDelete:CASCADE"`
}

type Session struct {
	ID        uint
	AccountID uint
}

type Folder struct {
	gorm.Model
	Files []File `gorm:"constraint:OnDelete:CASCADE"`
}

type File struct {
	ID       uint
	FolderID uint
}

type Album struct {
	gorm.Model
	Photos []Photo `gorm:"constraint:OnDelete:CASCADE"`
}

type Photo struct {
	ID      uint
	AlbumID uint
}
