package localtypes // want package:"models TestProfileByUser.Profile, TestProfileByUser.User, TestProfileByOwner.Profile, TestProfileByOwner.User, TestProfileByOwner.User#2, TestBroken.Post, TestBroken.Author, Suite.TestMethod.Item, Suite.TestMethod.Order" package:"evidence gorm: creates FKs"

// Tests declare models inside functions, often with the same names.
// GORM and Bun use them like any other model; each is its own model.

import "gorm.io/gorm"

func TestProfileByUser(db *gorm.DB) {
	type Profile struct {
		ID     uint
		UserID uint `gorm:"uniqueIndex"`
	}
	type User struct {
		gorm.Model
		Profile Profile
	}
	_ = db.AutoMigrate(&User{}, &Profile{})
}

func TestProfileByOwner(db *gorm.DB) {
	type Profile struct {
		ID      uint
		OwnerID uint `gorm:"uniqueIndex"`
	}
	type User struct {
		gorm.Model
		Profile Profile `gorm:"foreignKey:OwnerID"`
	}
	_ = db.AutoMigrate(&User{})
	{
		// A second User in an inner block of the same function.
		type User struct {
			ID      uint
			Profile *Profile `gorm:"foreignKey:OwnerID"`
		}
		_ = db.AutoMigrate(&User{})
	}
}

func TestBroken(db *gorm.DB) {
	type Post struct {
		ID    uint
		Title string
	}
	type Author struct {
		gorm.Model
		Posts []Post // want `TestBroken\.Author\.Posts: no foreign key in TestBroken\.Post; add one, or name it with foreignKey:`
	}
	_ = db.AutoMigrate(&Author{})
}

type Suite struct{}

func (Suite) TestMethod(db *gorm.DB) {
	type Item struct {
		ID     uint
		CartID uint
	}
	type Order struct {
		ID    uint
		Items []Item // want `Suite\.TestMethod\.Order\.Items: no foreign key in Suite\.TestMethod\.Item; add one, or name it with foreignKey:`
	}
	_ = db.AutoMigrate(&Order{})
}
