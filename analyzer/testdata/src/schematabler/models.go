package schematabler // want package:"models Account, Profile"

// Models that name their tables through GORM's Tabler interface meet the
// migrations' tables by those names: nothing to report.

import "gorm.io/gorm"

var _ *gorm.DB

type Account struct {
	ID      uint `gorm:"primaryKey"`
	Profile Profile
}

func (Account) TableName() string { return "legacy_accounts" }

type Profile struct {
	ID        uint `gorm:"primaryKey"`
	AccountID uint
}

const profiles = "user_profiles"

func (*Profile) TableName() string { return profiles }
