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

// ByKey binds an any as a value: it hands GORM no model.
func ByKey(db *gorm.DB, key any) (u models.User) {
	db.Where("id = ?", key).Find(&u)
	return u
}
