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
	Items []Item `gorm:"constraint:OnDelete:SET DEFAULT"` // want `Box\.Items: ON DELETE SET DEFAULT does not work here; use CASCADE, RESTRICT, or SET NULL`
}

type Item struct {
	ID    uint
	BoxID uint
}
