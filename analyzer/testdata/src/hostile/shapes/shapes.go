package shapes // want package:"models"

import "gorm.io/gorm"

type Base struct {
	ID uint
}

type Deep struct {
	*Base
	Note string
}

// Embedded pointers and a deep chain of embedding.
type User struct {
	Deep
	gorm.Model `gorm:"-"`
	Posts      Posts
	Alias      []PostAlias `gorm:"foreignKey:AuthorID"`
	Manager    *User
	ManagerID  *uint
	Friend     *Friend // want `User.Friend could be has-one through Friend.UserID or belongs-to through User.FriendID; GORM silently picks has-one`
	FriendID   *uint
	Tags       Tags     // want `User.Tags: its type shapes.Tags is neither a column type nor a model`
	Address    struct { // want `User.Address: its type struct\{City string\} is neither a column type nor a model`
		City string
	}
	Home struct {
		City string
	} `gorm:"embedded;embeddedPrefix:home_"`
}

// Named slice and map types.
type Posts []Post

type Tags map[string]string

type Post struct {
	ID       uint
	UserID   uint
	AuthorID uint
}

type PostAlias = Post

// Mutual recursion.
type Friend struct {
	ID     uint
	UserID *uint
	User   *User // want `Friend.User could be has-one through User.FriendID or belongs-to through Friend.UserID`
	Back   *Friend
	BackID *uint
}
