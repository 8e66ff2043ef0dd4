package schemajoin // want package:"models Reader, Club, Book, Genre, Shop"

// Many-to-many join tables against the migrations' schema.

import "gorm.io/gorm"

var _ *gorm.DB

type Reader struct {
	ID      uint
	Books   []Book   `gorm:"many2many:reader_books"`   // agrees: silent
	Clubs   []Club   `gorm:"many2many:reader_clubs"`   // want `Reader\.Clubs: join table reader_clubs has no unique key; make \(reader_id, club_id\) its primary key`
	Genres  []Genre  `gorm:"many2many:reader_genres"`  // want `Reader\.Genres: make \(reader_id, genre_id\) the primary key of join table reader_genres`
	Shops   []Shop   `gorm:"many2many:reader_shops"`   // want `Reader.Shops: join table reader_shops has no column shop_id; add it in a migration`
	Friends []Reader `gorm:"many2many:reader_friends"` // want `Reader.Friends: no migration creates join table reader_friends; create it, or name the table that exists`
}

type Club struct {
	ID    uint
	Books []Book `gorm:"many2many:club_books"` // want `Club.Books: join table club_books has no foreign key on \(book_id\) to books; add it in a migration`
}

type Book struct{ ID uint }

type Genre struct{ ID uint }

type Shop struct{ ID uint }
