package schemabad // want package:"models User, Profile"

type User struct { // want `relcheck: relcheck_schema\.go cannot be read; regenerate it with relcheck schema`
	ID      uint
	Profile Profile `gorm:"foreignKey:UserID"` // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add uniqueIndex to Profile\.UserID`
}

type Profile struct {
	ID     uint
	UserID uint
}
