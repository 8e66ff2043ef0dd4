package refsunique // want package:"models"

import "gorm.io/gorm"

type Team struct {
	gorm.Model
	Code    string
	Members []Member `gorm:"foreignKey:TeamCode;references:Code"` // want `Team.Members references Team.Code, which is neither a primary key nor unique`
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
