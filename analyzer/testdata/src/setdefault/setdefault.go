package setdefault // want package:"models"

// Nothing says which database: the messages cover PostgreSQL and MySQL.

type Parent struct {
	ID       uint
	Children []Child `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Parent\.Children: ON DELETE SET DEFAULT does not work here; use CASCADE, RESTRICT, or SET NULL`
}

type Child struct {
	ID          uint
	ParentID    uint
}

// With a default, only InnoDB's RESTRICT is left.
type Team struct {
	ID      uint
	Members []Member `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Team\.Members: ON DELETE SET DEFAULT does not work here; use CASCADE, RESTRICT, or SET NULL`
}

type Member struct {
	ID     uint
	TeamID *uint `gorm:"default:1"`
}

// NOT NULL without a default: the delete fails.
type Shelf struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Shelf\.Books: ON DELETE SET DEFAULT does not work here; use CASCADE, RESTRICT, or SET NULL`
}

type Book struct {
	ID      uint
	ShelfID uint `gorm:"not null"`
}
