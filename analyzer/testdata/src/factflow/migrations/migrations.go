package migrations // want package:"evidence gorm: creates FKs"

// Package migrations migrates with GORM; the models package imports it, so
// the evidence reaches it as a fact, under every driver.

import "gorm.io/gorm"

func Run(db *gorm.DB) error { return db.AutoMigrate() }
