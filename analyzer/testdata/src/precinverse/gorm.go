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
	User        User `gorm:"foreignKey:OwnerUserID"` // want `Account.User \(gorm.go:\d+\) and User.Accounts \(gorm.go:\d+\) look like the two sides of one relation but use different foreign keys \(Account.OwnerUserID vs Account.UserID\): GORM treats them as two relations, so setting one side does not show on the other; if they are one relation`
}

// Two many-to-many sides over different join tables: an error whatever
// was meant.
type Group struct {
	ID      uint
	Members []Member `gorm:"many2many:group_members"` // want `are the two sides of one many-to-many but name different join tables`
}

type Member struct {
	ID     uint
	Groups []Group `gorm:"many2many:member_groups"`
}
