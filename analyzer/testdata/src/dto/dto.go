package dto // want package:"models"

// Package dto imports GORM (a repository layer) but declares no tagged
// models: its untagged response structs are not models. The one struct
// with gorm tags is treated as a model, as GORM would.

import "gorm.io/gorm"

type Repo struct{ db *gorm.DB }

type Page struct {
	ID    uint
	Items []Item
	Total int64
}

type Item struct {
	Name string
}

type Row struct {
	ID    uint   `gorm:"column:id"`
	Owner Person // want `Row.Owner: neither Row nor Person has a foreign key`
}

type Person struct {
	ID uint
}
