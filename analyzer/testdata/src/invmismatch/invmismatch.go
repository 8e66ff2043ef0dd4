package invmismatch // want package:"models"

// Two sides of one many-to-many naming different join tables.
type User struct {
	ID        uint
	Languages []Language `gorm:"many2many:user_languages"`
}

type Language struct {
	ID    uint
	Users []User `gorm:"many2many:language_users"` // want `Language\.Users and User\.Languages name different join tables; use one many2many name on both`
}

// The same table, agreeing: silent.
type Student struct {
	ID      uint
	Courses []Course `gorm:"many2many:enrollments"`
}

type Course struct {
	ID       uint
	Students []Student `gorm:"many2many:enrollments"`
}

// One has-many and one belongs-to over different keys.
type Blog struct {
	ID    uint
	Posts []Post // want `Blog\.Posts and Post\.Blog use different foreign keys; if one relation, share one with foreignKey:`
}

type Post struct {
	ID          uint
	BlogID      uint
	OwnerBlogID uint
	Blog        Blog `gorm:"foreignKey:OwnerBlogID"`
}

// Sender/Receiver: several relations with explicit distinct keys: silent.
type Account struct {
	ID       uint
	Sent     []Message `gorm:"foreignKey:SenderID"`
	Received []Message `gorm:"foreignKey:ReceiverID"`
}

type Message struct {
	ID         uint
	SenderID   uint
	ReceiverID uint
	Sender     Account `gorm:"foreignKey:SenderID"`
	Receiver   Account `gorm:"foreignKey:ReceiverID"`
}

// A self-reference: silent.
type Employee struct {
	ID        uint
	ManagerID *uint
	Manager   *Employee
	Reports   []Employee `gorm:"foreignKey:ManagerID"`
}

// The join model says which name is right: Tag.Posts is the odd one out.
type PostTag struct {
	PostID uint `gorm:"primaryKey"`
	TagID  uint `gorm:"primaryKey"`
}

type Article struct {
	ID   uint
	Tags []Tag `gorm:"many2many:post_tags"`
}

type Tag struct {
	ID       uint
	Articles []Article `gorm:"many2many:tag_posts"` // want `Tag\.Articles and Article\.Tags name different join tables; use one many2many name on both`
}
