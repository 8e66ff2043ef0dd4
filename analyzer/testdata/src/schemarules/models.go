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
	Passport Passport // want `User\.Passport: passports \(user_id\) is unique only in part; make the index cover every row`
	Avatar   Avatar   // want `User\.Avatar is one-to-one but avatars \(user_id\) has no unique index; add one in a migration`
}

type Order struct {
	ID       uint
	UserCode string
	User     User `gorm:"foreignKey:UserCode;references:Code"` // want `Order\.User references users \(code\), which is not unique; add a unique constraint in a migration`
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
	PostID *uint // want `comments\.post_id: ON DELETE SET NULL on a NOT NULL column; change one in a migration`
}

type Like struct {
	ID     uint
	PostID uint // want `Like\.PostID is uint, but its foreign key says ON DELETE SET NULL; make it \*uint`
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
	UserID uint // want `Avatar\.UserID is the foreign key of User\.Avatar but has no index; add one in a migration`
}

// The database cascades, but the parent is soft-deleted: the action still
// never fires. The belongs-to side's action, which GORM would drop from
// its own DDL, agrees with the database's and is not reported.
type Folder struct {
	ID        uint
	DeletedAt gorm.DeletedAt
	Files     []File `gorm:"constraint:OnDelete:CASCADE"` // want `Folder\.Files: CASCADE never fires, as Folder is soft-deleted; delete for real, or drop it`
}

type File struct {
	ID       uint
	FolderID uint
	Folder   *Folder `gorm:"constraint:OnDelete:CASCADE"`
}
