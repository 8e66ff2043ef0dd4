package models // want package:"models User, Profile, Response}"

// Response carries a stray gorm tag but is only returned to API clients:
// with the whole program in view, nothing hands it to GORM, so its
// missing key is a conditional warning. User is migrated: an error.

type User struct {
	ID      uint
	Profile Profile // want `User.Profile: neither User nor Profile has a foreign key.*; GORM fails at first use`
}

type Profile struct {
	Bio string
}

type Response struct {
	ID   uint64   `gorm:"primary_key"`
	Tags []string // want `Response.Tags: .*; the program never hands Response to GORM, but if it is passed to GORM, GORM fails at first use`
	User *User    // want `Response.User: .*; the program never hands Response to GORM, but if it is passed to GORM, GORM fails at first use`
}
