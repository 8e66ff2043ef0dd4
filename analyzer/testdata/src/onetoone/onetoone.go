package onetoone // want package:"models User, Profile"

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Profile  Profile  // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add uniqueIndex to Profile\.UserID`
	Passport Passport // want `User\.Passport is one-to-one but Passport\.UserID is not unique; add uniqueIndex to Passport\.UserID`
	Avatar   Avatar   // want `User.Avatar is one-to-one`
	Settings Settings // unique: silent
	Badge    Badge    // unique index: silent
	Posts    []Post
	Latest   Post `gorm:"foreignKey:UserID"` // shares its key with a has-many: silent
}

type Profile struct {
	gorm.Model
	UserID uint
}

type Passport struct {
	gorm.Model
	UserID uint `json:"user_id"`
}

type Avatar struct {
	gorm.Model
	UserID uint `gorm:"index"`
}

type Settings struct {
	gorm.Model
	UserID uint `gorm:"unique"`
}

type Badge struct {
	gorm.Model
	UserID uint `gorm:"uniqueIndex:idx_badge_user"`
}

type Post struct {
	gorm.Model
	UserID uint
}

// Composite unique index: UserID alone is not unique.
type Team struct {
	gorm.Model
	Seat Seat // want `Team.Seat is one-to-one`
	Desk Desk // want `Team.Desk is one-to-one`
}

// The tag ends in an escape that would swallow an appended option
// (GORM reads "x\;uniqueIndex" as one setting): reported, but no fix.
type Desk struct {
	gorm.Model
	TeamID uint `gorm:"comment:x\\"`
}

type Seat struct {
	gorm.Model
	TeamID uint `gorm:"uniqueIndex:idx_seat"`
	Number int  `gorm:"uniqueIndex:idx_seat"`
}
