package correct

import "gorm.io/gorm"

// Migrate creates the tables with GORM, and with them the foreign keys
// that the rules about ON DELETE actions and referenced keys speak of.
func Migrate(db *gorm.DB) error {
	return db.AutoMigrate(&User{}, &Post{}, &Profile{}, &Group{})
}
