package testpkg // want package:"models"

type Shop struct {
	ID uint `gorm:"primaryKey"`
}
