package precinverse

// A belongs-to named for a role, over its own key column, beside a
// has-many over another column: two relations, both meant. Silent.
type User struct {
	ID       uint
	Posts    []Post
	Reviews  []Review `gorm:"foreignKey:ReviewerID"`
	Docs     []Doc
	Accounts []Account
}

type Post struct {
	ID       uint
	UserID   uint
	AuthorID uint
	Author   User
}

// The has-many names a role key; the belongs-to uses the owner's own.
type Review struct {
	ID         uint
	ReviewerID uint
	UserID     uint
	User       User
}

type Doc struct {
	ID          uint
	UserID      uint
	CreatedByID uint
	CreatedBy   User
}

// Named for the target but over another column: relcheck can only guess
// the two are one relation, so a warning, worded for GORM.
type Account struct {
	ID          uint
	UserID      uint
	OwnerUserID uint
	User        User `gorm:"foreignKey:OwnerUserID"` // want `Account\.User and User\.Accounts use different foreign keys; if one relation, share one with foreignKey:`
}

// Two many-to-many sides over different join tables: an error whatever
// was meant.
type Group struct {
	ID      uint
	Members []Member `gorm:"many2many:group_members"` // want `Group\.Members and Member\.Groups name different join tables; use one many2many name on both`
}

type Member struct {
	ID     uint
	Groups []Group `gorm:"many2many:member_groups"`
}
