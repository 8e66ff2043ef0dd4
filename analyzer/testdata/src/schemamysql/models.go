package schemamysql // want package:"models User, Order, Shop, Coupon, Profile, Avatar, Author, Book, Essay"

// The schema rules on a MySQL/MariaDB schema.

import "gorm.io/gorm"

//go:generate go run github.com/relcheck/relcheck/cmd/relcheck-schema -dialect=mysql migrations

var _ *gorm.DB

type User struct {
	ID      uint
	Code    string
	Profile Profile // a migration makes profiles.user_id unique: silent
	Avatar  Avatar  // want `User\.Avatar is one-to-one but avatars \(user_id\) has no unique index; add one in a migration`
}

type Order struct {
	ID       uint
	UserCode string
	User     User `gorm:"foreignKey:UserCode;references:Code"` // want `Order\.User references users \(code\), which is not unique; add a unique constraint in a migration`
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
	Essays []Essay `gorm:"constraint:OnDelete:CASCADE"` // want `Author\.Essays declares ON DELETE CASCADE, but the database's foreign key has RESTRICT; make them agree`
}

type Book struct {
	ID       uint
	AuthorID uint
}

type Essay struct {
	ID       uint
	AuthorID uint
}
