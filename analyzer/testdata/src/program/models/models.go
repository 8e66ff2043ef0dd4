package models // want package:"models"

// Package models has no code that creates foreign keys; its importer,
// program/app, migrates it and deletes Accounts for real. Only a driver
// that hands relcheck the whole program (UseProgram) sees that.

import "gorm.io/gorm"

type Author struct {
	ID    uint
	Books []Book `gorm:"constraint:OnDelete:SET NULL"` // want `Author\.Books: ON DELETE SET NULL, but Book\.AuthorID is uint; make it \*uint`
}

type Book struct {
	gorm.Model
	AuthorID uint
}

type Account struct {
	gorm.Model
	Sessions []Session `gorm:"constraint:OnDelete:CASCADE"`
}

type Session struct {
	ID        uint
	AccountID uint
}
