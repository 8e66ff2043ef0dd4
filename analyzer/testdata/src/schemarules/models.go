package schemarules // want package:"models User, Order, Shop, Coupon, Post, Comment, Like, Profile, Passport, Avatar, Folder, File"

// Rules that read the schema the migrations create rather than the tags.

import (
	"time"

	"gorm.io/gorm"
)

//go:generate go run github.com/relcheck/relcheck/cmd/relcheck-schema -dialect=postgres migrations

var _ *gorm.DB

type User struct {
	ID       uint
	Code     string
	Profile  Profile  // a migration makes profiles.user_id unique: silent
	Passport Passport // want `User.Passport is one-to-one, but passports \(user_id\) is unique only for rows where revoked_at IS NULL \(partial index passports_live_user\): rows outside it accept a second Passport`
	Avatar   Avatar   // want `User.Avatar is one-to-one, but the migrations create no unique index on avatars \(user_id\)`
}

type Order struct {
	ID       uint
	UserCode string
	User     User `gorm:"foreignKey:UserCode;references:Code"` // want `Order.User references User.Code, and the migrations' foreign key orders_user_code_fkey points there, but users \(code\) has only a partial unique index \(users_live_code, WHERE code <> ''\)`
}

// shops.code is unique through a migration, not a tag: silent.
type Shop struct {
	ID   uint
	Code string
}

type Coupon struct {
	ID       uint
	ShopCode string
	Shop     Shop `gorm:"foreignKey:ShopCode;references:Code"`
}

type Post struct {
	ID       uint `gorm:"primaryKey"`
	Comments []Comment
	Likes    []Like
}

type Comment struct {
	ID     uint
	PostID *uint // want `the migrations' foreign key comments_post_id_fkey says ON DELETE SET NULL, but comments.post_id is NOT NULL`
}

type Like struct {
	ID     uint
	PostID uint // want `the migrations' foreign key likes_post_id_fkey says ON DELETE SET NULL, but Like.PostID \(models.go:\d+\) is uint, which cannot hold NULL`
}

type Profile struct {
	ID     uint
	UserID uint
}

type Passport struct {
	ID        uint
	UserID    uint
	RevokedAt *time.Time
}

type Avatar struct {
	ID     uint
	UserID uint // want `Avatar.UserID is the foreign key of User.Avatar \(models.go:\d+\), but the migrations create no index that starts with user_id`
}

// The database cascades, but the parent is soft-deleted: the action still
// never fires. The belongs-to side's action, which GORM would drop from
// its own DDL, agrees with the database's and is not reported.
type Folder struct {
	ID        uint
	DeletedAt gorm.DeletedAt
	Files     []File `gorm:"constraint:OnDelete:CASCADE"` // want `Folder.Files declares ON DELETE CASCADE, but Folder is soft-deleted`
}

type File struct {
	ID       uint
	FolderID uint
	Folder   *Folder `gorm:"constraint:OnDelete:CASCADE"`
}
