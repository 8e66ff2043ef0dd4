package models // want package:"models"

// Package models references a column that is not unique, but the program
// (programoff/app) turns foreign keys off: no constraint exists for the
// database to refuse.

type Team struct {
	ID      uint
	Code    string
	Members []Member `gorm:"foreignKey:TeamCode;references:Code"`
}

type Member struct {
	ID       uint
	TeamCode string
}
