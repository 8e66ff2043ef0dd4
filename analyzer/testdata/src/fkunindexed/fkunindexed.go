package fkunindexed // want package:"models"

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Posts  []Post
	Orders []Order
}

type Post struct {
	gorm.Model
	UserID uint // want `Post.UserID is the foreign key of User.Posts \(fkunindexed.go:\d+\) but has no index`
}

type Order struct {
	gorm.Model
	UserID uint `gorm:"index"`
}
