package app // want package:"evidence gorm: creates FKs"

import (
	"programdto/models"

	"gorm.io/gorm"
)

func Setup(db *gorm.DB) error {
	return db.AutoMigrate(&models.User{})
}

func Show(db *gorm.DB) models.Response {
	var u models.User
	db.Find(&u)
	return models.Response{ID: uint64(u.ID)}
}
