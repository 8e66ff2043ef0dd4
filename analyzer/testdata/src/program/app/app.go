package app // want package:"evidence gorm: creates FKs, hard-deletes Account"

import (
	"program/models"

	"gorm.io/gorm"
)

func Setup(db *gorm.DB) error {
	return db.AutoMigrate(&models.Author{}, &models.Book{}, &models.Account{}, &models.Session{})
}

func Close(db *gorm.DB, id uint) {
	db.Unscoped().Delete(&models.Account{}, id)
}
