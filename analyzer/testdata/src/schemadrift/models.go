package schemadrift // want package:"models Author, Book, Publisher, Series, Review, Shelf, Label, Tag, Note, Loan"

// Each kind of drift between the models and their migrations, and the
// agreements that must stay silent.

import "gorm.io/gorm"

//go:generate go run github.com/relcheck/relcheck/cmd/relcheck-schema -dialect=postgres migrations

var _ *gorm.DB

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:CASCADE"` // want `Author.Books declares an action its database foreign key books_author_id_fkey does not have \(ON DELETE CASCADE in the tag, RESTRICT in the database\)`
}

type Book struct {
	ID       uint
	AuthorID uint
	Isbn     string `gorm:"uniqueIndex"` // want `Book.Isbn is tagged unique, but no migration creates one`
	Slug     string `gorm:"unique"`      // want `Book.Slug is tagged unique, but the migrations make it unique only for rows where slug <> '' \(partial index books_live_slug\)`
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
	Publisher   *Publisher `gorm:"constraint:OnDelete:SET NULL"` // want `Series.Publisher declares an action its database foreign key series_publisher_id_fkey does not have \(ON DELETE SET NULL in the tag, CASCADE in the database\)`
}

type Review struct {
	ID     uint `gorm:"primaryKey"`
	BookID uint
	Book   Book // want `Review.Book uses the foreign key Review.BookID, column book_id, but the migrations give table reviews no such column`
}

type Shelf struct { // want `Shelf maps to table shelves, which the migrations do not create`
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
	Book   Book `gorm:"constraint:OnDelete:CASCADE"` // want `Tag.Book relies on a foreign key on tags \(book_id\), but the migrations create none: nothing stops Tag rows pointing at a Book that does not exist \(orphans\), and the declared ON DELETE CASCADE never fires`
}

type Note struct {
	ID     uint `gorm:"primaryKey"`
	BookID uint
	Book   Book // want `Note.Book relies on a foreign key on notes \(book_id\), but the migrations create none`
}

// Agrees with the migrations in every respect: silent.
type Loan struct {
	ID     uint
	BookID uint
	Book   Book `gorm:"constraint:OnDelete:CASCADE"`
}
