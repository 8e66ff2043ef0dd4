package setdefault // want package:"models"

// Nothing says which database: the messages cover PostgreSQL and MySQL.

type Parent struct {
	ID       uint
	Children []Child `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Parent.Children declares ON DELETE SET DEFAULT, but on PostgreSQL, Child.ParentID \(setdefault.go:\d+\) has no default, so the database writes NULL: GORM reads it back as 0, and the next save writes 0 and violates the foreign key; on MySQL/MariaDB, InnoDB accepts SET DEFAULT but keeps RESTRICT, so deleting a parent that still has rows here fails \(Error 1451\); choose CASCADE, RESTRICT, or SET NULL on a key that can hold NULL`
}

type Child struct {
	ID          uint
	ParentID    uint
}

// With a default, only InnoDB's RESTRICT is left.
type Team struct {
	ID      uint
	Members []Member `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Team.Members declares ON DELETE SET DEFAULT, but on MySQL/MariaDB, InnoDB accepts SET DEFAULT but keeps RESTRICT, so deleting a parent that still has rows here fails \(Error 1451\); choose`
}

type Member struct {
	ID     uint
	TeamID *uint `gorm:"default:1"`
}

// NOT NULL without a default: the delete fails.
type Shelf struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Shelf.Books declares ON DELETE SET DEFAULT, but on PostgreSQL, Book.ShelfID \(setdefault.go:\d+\) has no default, so the database writes NULL, which NOT NULL refuses: deleting a parent that still has rows here fails; on MySQL/MariaDB`
}

type Book struct {
	ID      uint
	ShelfID uint `gorm:"not null"`
}
