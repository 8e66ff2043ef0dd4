package invambig // want package:"models"

type User struct {
	ID     uint `gorm:"primaryKey"`
	Posts  []Post
	Drafts []Post // want `User\.Posts and User\.Drafts both use Post\.UserID; give each its own key with foreignKey:`
	Latest Post   // has-one and has-many over one key: legal, silent
}

type Post struct {
	ID     uint
	UserID uint
}
