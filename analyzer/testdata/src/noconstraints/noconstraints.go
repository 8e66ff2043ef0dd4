package noconstraints // want package:"models" package:"evidence gorm: no FKs"

// Package noconstraints disables foreign-key constraints in its gorm
// Config: actions are never carried out, and rules about the database
// constraint say so instead of claiming it fires.

import "gorm.io/gorm"

var Config = &gorm.Config{DisableForeignKeyConstraintWhenMigrating: true}

type User struct {
	ID    uint
	Posts []Post `gorm:"constraint:OnDelete:CASCADE"` // want `User\.Posts: ON DELETE CASCADE never fires; remove it, or delete the Post rows yourself`
	Teams []Team `gorm:"foreignKey:OwnerName;references:Name"`
	Name  string
}

type Post struct {
	ID     uint
	UserID uint
}

type Team struct {
	ID        uint
	OwnerName string
}
