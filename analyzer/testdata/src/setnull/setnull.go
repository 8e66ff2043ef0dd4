package setnull

import (
	"database/sql"

	"gorm.io/gorm"
)

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET NULL"` // want `Author.Books declares ON DELETE SET NULL, but Book.AuthorID \(setnull.go:\d+\) is uint, which cannot hold NULL`
	Notes []Note `gorm:"constraint:OnDelete:SET NULL"` // want `but Note.AuthorID \(setnull.go:\d+\) is NOT NULL`
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
	Room   Room `gorm:"constraint:OnDelete:SET NULL"` // want `Shelf.Room declares ON DELETE SET NULL, but Shelf.RoomID`
}

type Room struct {
	ID uint
}

// The package assigns Desk.LibraryID: a pointer would break that code, so
// the finding carries no edit.
type Library struct {
	ID    uint
	Desks []Desk `gorm:"constraint:OnDelete:SET NULL"` // want `Library.Desks declares ON DELETE SET NULL, but Desk.LibraryID \(setnull.go:\d+\) is uint`
}

type Desk struct {
	gorm.Model
	LibraryID uint
}

func move(d *Desk, l Library) { d.LibraryID = l.ID }
