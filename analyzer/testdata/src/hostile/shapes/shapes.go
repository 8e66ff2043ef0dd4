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
	Friend     *Friend // want `User\.Friend is read as has-one, ignoring User\.FriendID; for belongs-to, write foreignKey:FriendID`
	FriendID   *uint
	Tags       Tags     // want `User\.Tags: shapes\.Tags is not a column type; add type: or serializer:, or tag it .gorm:"-".`
	Address    struct { // want `User\.Address: struct\{City string\} is not a column type; add type: or serializer:, or tag it .gorm:"-".`
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
	User   *User // want `Friend\.User is read as has-one, ignoring Friend\.UserID; for belongs-to, write foreignKey:UserID`
	Back   *Friend
	BackID *uint
}
