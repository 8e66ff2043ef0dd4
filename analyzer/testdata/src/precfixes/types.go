package precfixes

import "database/sql"

// A nullable key of the wrong type: the advice keeps it nullable, and no
// edit is offered (code elsewhere assigns the field).
type Shop struct {
	Code   string  `gorm:"primaryKey"`
	Goods  []Good  `gorm:"foreignKey:ShopCode"`
	Crates []Crate `gorm:"foreignKey:ShopCode"`
	Boxes  []Box   `gorm:"foreignKey:ShopCode"`
}

type Good struct {
	ID       uint
	ShopCode *uint // want `Good\.ShopCode \(\*uint\) references Shop\.Code \(string\); change it to \*string`
}

type Crate struct {
	ID       uint
	ShopCode sql.NullInt64 // want `Crate\.ShopCode \(sql\.NullInt64\) references Shop\.Code \(string\); make it a nullable string like \*string`
}

type Box struct {
	ID       uint
	ShopCode uint // want `Box\.ShopCode \(uint\) references Shop\.Code \(string\); change it to string`
}
