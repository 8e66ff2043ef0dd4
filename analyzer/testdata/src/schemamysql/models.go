package schemamysql // want package:"models User, Order, Shop, Coupon, Profile, Avatar, Author, Book, Essay"

// The schema rules on a MySQL/MariaDB schema.

import "gorm.io/gorm"

//go:generate go run github.com/relcheck/relcheck/cmd/relcheck-schema -dialect=mysql migrations

var _ *gorm.DB

type User struct {
	ID      uint
	Code    string
	Profile Profile // a migration makes profiles.user_id unique: silent
	Avatar  Avatar  // want `User.Avatar is one-to-one, but the migrations create no unique index on avatars \(user_id\)`
}

type Order struct {
	ID       uint
	UserCode string
	User     User `gorm:"foreignKey:UserCode;references:Code"` // want `Order.User references User.Code, and the migrations' foreign key orders_user points there, but users \(code\) has no unique constraint: MariaDB accepts a foreign key to an indexed column that is not unique`
}

// shops.code is unique through a migration: silent.
type Shop struct {
	ID   uint
	Code string
}

type Coupon struct {
	ID       uint
	ShopCode string
	Shop     Shop `gorm:"foreignKey:ShopCode;references:Code"`
}

type Profile struct {
	ID     uint
	UserID uint
}

// InnoDB indexed avatars.user_id for its foreign key: fk-unindexed is silent.
type Avatar struct {
	ID     uint
	UserID uint
}

// NO ACTION is RESTRICT on InnoDB: silent. CASCADE is not.
type Author struct {
	ID     uint
	Books  []Book  `gorm:"constraint:OnDelete:NO ACTION"`
	Essays []Essay `gorm:"constraint:OnDelete:CASCADE"` // want `Author.Essays declares an action its database foreign key essays_ibfk_1 does not have \(ON DELETE CASCADE in the tag, RESTRICT in the database\)`
}

type Book struct {
	ID       uint
	AuthorID uint
}

type Essay struct {
	ID       uint
	AuthorID uint
}
