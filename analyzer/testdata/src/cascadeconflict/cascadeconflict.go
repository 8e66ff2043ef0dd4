package cascadeconflict // want package:"models" package:"evidence gorm: creates FKs"

import "gorm.io/gorm"

type User struct {
	ID    uint
	Posts []Post `gorm:"constraint:OnDelete:CASCADE"`
	Cards []Card `gorm:"constraint:OnDelete:CASCADE,OnUpdate:CASCADE"`
}

type Post struct {
	gorm.Model
	UserID *uint
	User   User `gorm:"constraint:OnDelete:SET NULL"` // want `Post\.User: actions differ from its inverse User\.Posts; declare them only there`
}

// Both sides agree: silent.
type Card struct {
	ID     uint
	UserID uint
	User   User `gorm:"constraint:OnDelete:CASCADE,OnUpdate:CASCADE"`
}
