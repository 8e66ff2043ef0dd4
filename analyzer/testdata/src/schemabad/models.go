package schemabad // want package:"models User, Profile"

type User struct { // want `relcheck: the schema in relcheck_schema.go cannot be read \(unexpected end of JSON input\); the rules use the tags`
	ID      uint
	Profile Profile `gorm:"foreignKey:UserID"` // want `User.Profile is one-to-one, but its foreign key Profile.UserID`
}

type Profile struct {
	ID     uint
	UserID uint
}
