package invambig // want package:"models"

type User struct {
	ID     uint `gorm:"primaryKey"`
	Posts  []Post
	Drafts []Post // want `User.Posts \(invambig.go:\d+\) and User.Drafts both resolve to the foreign key Post.UserID`
	Latest Post   // has-one and has-many over one key: legal, silent
}

type Post struct {
	ID     uint
	UserID uint
}
