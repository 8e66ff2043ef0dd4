package models // want package:"models User, Profile, Response}"

// Response carries a stray gorm tag but is only returned to API clients:
// with the whole program in view, nothing hands it to GORM, so its
// missing key is a conditional warning. User is migrated: an error.

type User struct {
	ID      uint
	Profile Profile // want `User\.Profile: neither User nor Profile has a foreign key for it; add one, or name it with foreignKey:`
}

type Profile struct {
	Bio string
}

type Response struct {
	ID   uint64   `gorm:"primary_key"`
	Tags []string // want `Response\.Tags: \[\]string is not a column type; add type: or serializer:, or tag it .gorm:"-".`
	User *User    // want `Response\.User: neither Response nor User has a foreign key for it; add one, or name it with foreignKey:`
}
