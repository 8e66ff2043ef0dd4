// Package broken is the seed's models (User, Post, Profile, Group) with
// one mistake per relcheck rule. Every one of them compiles, and most of
// them GORM accepts without a word. Run relcheck on it:
//
//	go run github.com/relcheck/relcheck/cmd/relcheck ./broken/...
package broken

import "gorm.io/gorm"

type User struct {
	ID      uint
	Email   string  `gorm:"uniqe"` // tag-syntax: misspelled, silently ignored
	Posts   []Post  `gorm:"constraint:OnDelete:CASCADE"`
	Pinned  []Post  // inverse-ambiguous: the same foreign key as Posts
	Profile Profile // one-to-one-unique: Profile.UserID is not unique
	Groups  []Group `gorm:"many2many:user_groups"` // inverse-mismatch: Group.Members names another table
}

type Post struct {
	ID          uint
	Slug        string
	UserID      uint
	User        User
	EditorID    *uint
	Editor      *User        `gorm:"foreignKey:EditorIDD"`                // fk-missing: a typo GORM fails on at first use
	Comments    []Comment    `gorm:"foreignKey:PostSlug;references:Slug"` // references-not-unique: Slug has no unique index
	Attachments []Attachment `gorm:"constraint:OnDelete:SET NULL"`        // set-null-not-nullable: Attachment.PostID is uint
}

type Profile struct {
	ID     uint
	UserID uint
	Bio    string
}

type Group struct {
	gorm.Model
	Name      string
	Members   []User   `gorm:"many2many:group_members"`
	Invites   []Invite `gorm:"constraint:OnDelete:CASCADE"` // cascade-ineffective: Group is soft-deleted
	OwnerCode uint
	Owner     Team `gorm:"foreignKey:OwnerCode;references:Code"` // fk-type-mismatch: uint vs string
}

type Comment struct {
	ID       uint
	PostSlug string
	Body     string
}

type Attachment struct {
	ID     uint
	PostID uint
	Post   Post `gorm:"constraint:OnDelete:CASCADE"` // cascade-conflict: Post.Attachments says SET NULL
}

type Invite struct {
	ID      uint
	GroupID uint
}

type Team struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

type Badge struct {
	ID     uint
	TeamID uint
	Team   Team `gorm:"constraint:OnDelete:SET DEFAULT"` // set-default-ineffective: InnoDB keeps RESTRICT; TeamID has no default
}
