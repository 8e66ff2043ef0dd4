package precfixes

// A many-to-many whose foreignKey names only part of a composite primary
// key: every Tenant user with the same ID shares one set of groups. No
// edit: naming the whole key changes the join table's columns.
type TenantUser struct {
	ID       uint    `gorm:"primaryKey"`
	TenantID uint    `gorm:"primaryKey"`
	Groups   []Team  `gorm:"many2many:tenant_user_teams;foreignKey:ID"`           // want `TenantUser\.Groups: foreignKey:ID is part of the primary key; write foreignKey:ID,TenantID`
	Badges   []Badge `gorm:"many2many:tenant_user_badges;foreignKey:ID,TenantID"` // the whole key: silent
	Labels   []Label `gorm:"many2many:tenant_user_labels"`                        // the default is the whole key: silent
}

type Team struct{ ID uint }

type Badge struct{ ID uint }

type Label struct{ ID uint }
