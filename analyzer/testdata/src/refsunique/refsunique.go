package refsunique

import "gorm.io/gorm"

type Team struct {
	gorm.Model
	Code    string
	Members []Member `gorm:"foreignKey:TeamCode;references:Code"` // want `Team\.Members references Team\.Code, which is not unique; add uniqueIndex to Team\.Code`
}

type Member struct {
	gorm.Model
	TeamCode string
}

// Unique: silent.
type League struct {
	gorm.Model
	Slug  string  `gorm:"uniqueIndex"`
	Clubs []Club  `gorm:"foreignKey:LeagueSlug;references:Slug"`
	Refs  []Refer `gorm:"foreignKey:LeagueID;references:ID"`
}

type Club struct {
	gorm.Model
	LeagueSlug string
}

type Refer struct {
	gorm.Model
	LeagueID uint
}

// references given as a column name, on the belongs-to side.
type Country struct {
	ID   uint
	ISO  string `gorm:"column:iso"`
	Name string
}

type City struct {
	ID         uint
	CountryISO string
	Country    Country `gorm:"foreignKey:CountryISO;references:iso"` // want `City.Country references Country.ISO`
}

// One column of a composite primary key: the database refuses a foreign
// key to part of a key, and unique on that column would be the wrong fix.
type Tenant struct {
	ID uint
}

type Project struct {
	TenantID uint `gorm:"primaryKey"`
	ID       uint `gorm:"primaryKey"`
	Name     string
}

type Task struct {
	ID        uint
	TenantID  uint
	ProjectID uint
	Project   Project `gorm:"foreignKey:ProjectID;references:ID"` // want `Task\.Project references only part of Project's composite primary key; reference all of it`
}

// The whole composite key: silent.
type Issue struct {
	ID        uint
	TenantID  uint
	ProjectID uint
	Project   Project `gorm:"foreignKey:TenantID,ProjectID;references:TenantID,ID"`
}

// A composite unique index: the whole of it is a valid reference, part of
// it is not.
type Seat struct {
	ID    uint
	Hall  string `gorm:"uniqueIndex:idx_seat"`
	Row   string `gorm:"uniqueIndex:idx_seat"`
	Label string
}

type Ticket struct {
	ID       uint
	SeatHall string
	SeatRow  string
	Seat     Seat `gorm:"foreignKey:SeatHall,SeatRow;references:Hall,Row"`
}

type Pass struct {
	ID       uint
	SeatHall string
	Seat     Seat `gorm:"foreignKey:SeatHall;references:Hall"` // want `Pass\.Seat references only part of Seat's composite unique key; reference all of it`
}
