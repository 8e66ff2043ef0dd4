package suppress // want package:"models"

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Profile Profile //relcheck:ignore one-to-one-unique the unique index is created by migrations/0042.sql
	//relcheck:ignore one-to-one-unique same, on the line above
	Avatar Avatar
	Badge  Badge // want `User.Badge is one-to-one`
}

type Profile struct {
	gorm.Model
	UserID uint
}

type Avatar struct {
	gorm.Model
	UserID uint
}

type Badge struct {
	gorm.Model
	UserID uint
}

// A directive on the type covers all of it.
//
//relcheck:ignore one-to-one-unique,fk-type-mismatch legacy schema, see ADR-7
type Legacy struct {
	gorm.Model
	Card Card
}

type Card struct {
	gorm.Model
	LegacyID uint
}

type Tidy struct {
	gorm.Model
	Name string //relcheck:ignore one-to-one-unique stale // want `this //relcheck:ignore suppresses nothing; remove it`
	//relcheck:ignore not-a-rule because // want `//relcheck:ignore names unknown rule "not-a-rule"`
	Note string
	//relcheck:ignore one-to-one-unique // want `//relcheck:ignore needs a reason`
	Other string
	//relcheck:ignore fk-unindexed opt-in rule that did not run: not judged unused
	More string
}
