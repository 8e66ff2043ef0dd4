package generic // want package:"evidence gorm: creates FKs"

import (
	"programdto/models"

	"gorm.io/gorm"
)

// Save hands GORM a T: which structs reach GORM is no longer known.
func Save[T any](db *gorm.DB, v *T) {
	db.Create(v)
}

func Setup(db *gorm.DB) error {
	return db.AutoMigrate(&models.User{})
}
