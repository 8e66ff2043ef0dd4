package refsdb // want package:"models" package:"evidence gorm: creates FKs"

import "gorm.io/gorm"

// The program migrates with GORM, so the foreign keys exist.
func migrate(db *gorm.DB) error { return db.AutoMigrate() }
