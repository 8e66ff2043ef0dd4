package fkunindexed // want package:"models"

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Posts  []Post
	Orders []Order
}

type Post struct {
	gorm.Model
	UserID uint // want `Post\.UserID is the foreign key of User\.Posts but has no index; add index`
}

type Order struct {
	gorm.Model
	UserID uint `gorm:"index"`
}
