package testpkg

// Models in test files are checked too (drivers load test variants).
type Fixture struct {
	ID     uint `gorm:"primaryKey"`
	ShopID uint
	Shop   Shop `gorm:"foreignKey:ShopRef"` // want `Fixture.Shop: foreignKey "ShopRef"`
}
