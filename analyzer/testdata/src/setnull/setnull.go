package setnull

import (
	"database/sql"

	"gorm.io/gorm"
)

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET NULL"` // want `Author\.Books: ON DELETE SET NULL, but Book\.AuthorID is uint; make it \*uint`
	Notes []Note `gorm:"constraint:OnDelete:SET NULL"` // want `Author\.Notes: ON DELETE SET NULL on a NOT NULL key; drop not null from Note\.AuthorID`
	Pens  []Pen  `gorm:"constraint:OnUpdate:CASCADE,OnDelete:SET NULL"`
	Cards []Card `gorm:"constraint:OnDelete:SET NULL"`
	Mugs  []Mug  `gorm:"constraint:OnDelete:SET NULL"`
}

type Book struct {
	gorm.Model
	AuthorID uint
}

type Note struct {
	gorm.Model
	AuthorID *uint `gorm:"not null"`
}

// Nullable keys: silent.
type Pen struct {
	gorm.Model
	AuthorID *uint
}

type Card struct {
	gorm.Model
	AuthorID sql.NullInt64
}

type NullID struct {
	ID    uint
	Valid bool
}

func (n *NullID) Scan(v any) error { return nil }

type Mug struct {
	gorm.Model
	AuthorID NullID
}

// On the belongs-to side.
type Shelf struct {
	gorm.Model
	RoomID uint
	Room   Room `gorm:"constraint:OnDelete:SET NULL"` // want `Shelf\.Room: ON DELETE SET NULL, but Shelf\.RoomID is uint; make it \*uint`
}

type Room struct {
	ID uint
}

// The package assigns Desk.LibraryID: a pointer would break that code, so
// the finding carries no edit.
type Library struct {
	ID    uint
	Desks []Desk `gorm:"constraint:OnDelete:SET NULL"` // want `Library\.Desks: ON DELETE SET NULL, but Desk\.LibraryID is uint; make it \*uint`
}

type Desk struct {
	gorm.Model
	LibraryID uint
}

func move(d *Desk, l Library) { d.LibraryID = l.ID }
