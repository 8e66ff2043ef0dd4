package models // want package:"models"

import (
	"factflow/migrations"

	"gorm.io/gorm"
)

var Migrate = migrations.Run

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET NULL"` // want `Author.Books declares ON DELETE SET NULL, but Book.AuthorID \(models.go:\d+\) is uint, which cannot hold NULL`
}

type Book struct {
	gorm.Model
	AuthorID uint
}
