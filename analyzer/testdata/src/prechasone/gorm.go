package prechasone

// GORM preloads a has-one by a query of its own: beside a has-many it is
// a way to read one of the rows. Silent.
type Author struct {
	ID     uint
	Books  []Book
	Latest Book    `gorm:"foreignKey:AuthorID"`
	Shelf  []Shelf // want `Author\.Shelf is a has-many but Shelf\.AuthorID is unique; make it a has-one, or drop the unique`
	Cards  []Card
}

type Book struct {
	ID       uint
	AuthorID uint
}

// A has-many over a unique key holds at most one row: a warning.
type Shelf struct {
	ID       uint
	AuthorID uint `gorm:"uniqueIndex"`
}

// Not unique: silent.
type Card struct {
	ID       uint
	AuthorID uint `gorm:"index"`
}
