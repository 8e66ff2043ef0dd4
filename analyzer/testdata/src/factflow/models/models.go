package models // want package:"models"

import (
	"factflow/migrations"

	"gorm.io/gorm"
)

var Migrate = migrations.Run

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET NULL"` // want `Author\.Books: ON DELETE SET NULL, but Book\.AuthorID is uint; make it \*uint`
}

type Book struct {
	gorm.Model
	AuthorID uint
}
