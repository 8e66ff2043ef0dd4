package precfixes // want package:"models"

// GORM reads each of these as has-one, although the belongs-to beside it
// was evidently meant: inverse-ambiguous says what GORM does, and no rule
// offers uniqueIndex on the has-one's key (one member per role).

// Both models have a UserID.
type Item struct {
	ID     uint
	UserID uint
	User   Owner `gorm:"foreignKey:UserID"` // want `Item\.User is read as has-one, ignoring Item\.UserID; for belongs-to, add belongsTo to the tag`
}

type Owner struct {
	ID     uint
	UserID uint
}

// foreignKey and references swapped.
type Member struct {
	ID     uint
	RoleID uint
	Role   Role `gorm:"foreignKey:ID;references:RoleID"` // want `Member\.Role: foreignKey and references look swapped; if so, write foreignKey:RoleID;references:ID`
}

type Role struct{ ID uint }

// belongsTo says which: silent.
type Ticket struct {
	ID     uint
	UserID uint
	User   Owner `gorm:"foreignKey:UserID;belongsTo"`
}

// An explicit key named for the owner says has-one: silent (UserID on
// Profile is unique).
type Account2 struct {
	ID        uint
	ProfileID uint
	Profile   Profile `gorm:"foreignKey:Account2ID"`
}

type Profile struct {
	ID         uint
	Account2ID uint `gorm:"uniqueIndex"`
}

// Names long enough that the headline leaves the tag to the detail.
type SysAutoCodeHistoryRecordEntry struct {
	ID                  uint
	PackageIdentifierID uint
	AutoCodePackageItem AutoCodePackageEntity `gorm:"foreignKey:ID;references:PackageIdentifierID"` // want `^inverse-ambiguous: SysAutoCodeHistoryRecordEntry\.AutoCodePackageItem: keys look swapped; if so, swap them$`
}

type AutoCodePackageEntity struct{ ID uint }
