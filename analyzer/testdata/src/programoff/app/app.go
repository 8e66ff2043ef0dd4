package app // want package:"evidence gorm: creates FKs, no FKs"

import (
	"programoff/models"

	"gorm.io/gorm"
)

var Config = &gorm.Config{DisableForeignKeyConstraintWhenMigrating: true}

func Setup(db *gorm.DB) error { return db.AutoMigrate(&models.Team{}, &models.Member{}) }
