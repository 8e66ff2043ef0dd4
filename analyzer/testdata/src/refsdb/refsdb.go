package refsdb

import (
	_ "github.com/uptrace/bun/dialect/sqlitedialect"
	"gorm.io/gorm"
)

// The package runs on SQLite: the message says what SQLite does, only.
type Team struct {
	gorm.Model
	Code    string
	Members []Member `gorm:"foreignKey:TeamCode;references:Code"` // want `Team\.Members references Team\.Code, which is not unique; add uniqueIndex to Team\.Code`
}

type Member struct {
	ID       uint
	TeamCode string
}
