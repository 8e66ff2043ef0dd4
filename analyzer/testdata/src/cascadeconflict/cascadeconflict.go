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
	User   User `gorm:"constraint:OnDelete:SET NULL"` // want `Post\.User and its inverse User\.Posts declare different actions; declare them only on User\.Posts`
}

// Both sides agree: silent.
type Card struct {
	ID     uint
	UserID uint
	User   User `gorm:"constraint:OnDelete:CASCADE,OnUpdate:CASCADE"`
}
