package setdefaultpg // want package:"models"

import _ "gorm.io/driver/postgres"

// On PostgreSQL a key with a default, or one that holds NULL, is fine.
type Team struct {
	ID      uint
	Members []Member `gorm:"constraint:OnDelete:SET DEFAULT"`
}

type Member struct {
	ID     uint
	TeamID uint `gorm:"default:1"`
}

type Shelf struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET DEFAULT"`
}

type Book struct {
	ID      uint
	ShelfID *uint
}

// Without either, the key reads back as 0.
type Box struct {
	ID    uint
	Items []Item `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Box.Items declares ON DELETE SET DEFAULT, but on PostgreSQL, Item.BoxID \(setdefaultpg.go:\d+\) has no default, so the database writes NULL: GORM reads it back as 0, and the next save writes 0 and violates the foreign key; choose`
}

type Item struct {
	ID    uint
	BoxID uint
}
