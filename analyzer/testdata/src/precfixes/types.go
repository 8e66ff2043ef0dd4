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
	ShopCode *uint // want `Good.ShopCode is \*uint \(integer\) but references Shop.Code .*; change Good.ShopCode to \*string$`
}

type Crate struct {
	ID       uint
	ShopCode sql.NullInt64 // want `Crate.ShopCode is sql.NullInt64 \(integer\) but references Shop.Code .*; change Crate.ShopCode to a nullable type holding string \(such as \*string\), so that it can still be NULL$`
}

type Box struct {
	ID       uint
	ShopCode uint // want `; change Box.ShopCode to string$`
}
