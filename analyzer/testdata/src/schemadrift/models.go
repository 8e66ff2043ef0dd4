package schemadrift // want package:"models Author, Book, Publisher, Series, Review, Shelf, Label, Tag, Note, Loan"

// Each kind of drift between the models and their migrations, and the
// agreements that must stay silent.

import "gorm.io/gorm"

//go:generate go run github.com/relcheck/relcheck/cmd/relcheck-schema -dialect=postgres migrations

var _ *gorm.DB

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:CASCADE"` // want `Author\.Books declares ON DELETE CASCADE, but the database's foreign key has RESTRICT; make them agree`
}

type Book struct {
	ID       uint
	AuthorID uint
	Isbn     string `gorm:"uniqueIndex"` // want `Book\.Isbn is tagged unique but no migration makes it so; add a unique index, or drop the tag`
	Slug     string `gorm:"unique"`      // want `Book\.Slug is tagged unique but its index is partial; add a unique index, or drop the tag`
	Code     string `gorm:"uniqueIndex"` // a unique constraint: silent
}

// The two sides disagree, but the database holds one action (CASCADE):
// no cascade-conflict, and drift names the side that differs from it.
type Publisher struct {
	ID     uint
	Series []Series `gorm:"constraint:OnDelete:CASCADE"`
}

type Series struct {
	ID          uint
	PublisherID uint
	Publisher   *Publisher `gorm:"constraint:OnDelete:SET NULL"` // want `Series\.Publisher declares ON DELETE SET NULL, but the database's foreign key has CASCADE; make them agree`
}

type Review struct {
	ID     uint `gorm:"primaryKey"`
	BookID uint
	Book   Book // want `Review\.Book uses reviews\.book_id, which no migration creates; add the column, or remap Review\.BookID`
}

type Shelf struct { // want `Shelf maps to table shelves, which no migration creates; create it, or fix the table name`
	ID     uint `gorm:"primaryKey"`
	Labels []Label
}

type Label struct {
	ID      uint
	ShelfID uint
}

type Tag struct {
	ID     uint
	BookID uint
	Book   Book `gorm:"constraint:OnDelete:CASCADE"` // want `Tag\.Book needs a foreign key on tags \(book_id\) that no migration creates; add one`
}

type Note struct {
	ID     uint `gorm:"primaryKey"`
	BookID uint
	Book   Book // want `Note\.Book needs a foreign key on notes \(book_id\) that no migration creates; add one`
}

// Agrees with the migrations in every respect: silent.
type Loan struct {
	ID     uint
	BookID uint
	Book   Book `gorm:"constraint:OnDelete:CASCADE"`
}

// A model name long enough that the headline drops the table's name.
type BookAnnotationRecordForReaders struct {
	ID     uint `gorm:"primaryKey"`
	BookID uint
	Book   Book // want `^schema-drift: BookAnnotationRecordForReaders\.Book: no migration creates its foreign key \(book_id\); add one$`
}

func (BookAnnotationRecordForReaders) TableName() string { return "notes" }
