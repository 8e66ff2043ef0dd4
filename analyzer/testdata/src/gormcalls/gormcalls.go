package gormcalls

import (
	"plainmodels"
	"taggedmodels"

	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Name      string
	CompanyID uint
	Company   Company
	Profile   *Profile
	Posts     []Post
	Languages []Language `gorm:"many2many:user_languages"`
}

type Profile struct {
	gorm.Model
	UserID uint `gorm:"uniqueIndex"`
}

type Company struct {
	gorm.Model
	Name string
}

type Post struct {
	gorm.Model
	UserID   uint
	Title    string
	Comments []Comment
}

type Comment struct {
	gorm.Model
	PostID uint
}

type Language struct {
	gorm.Model
	Code string
}

const posts = "Posts"

func queries(db *gorm.DB) {
	var users []User
	db.Preload("Postss").Find(&users)                       // want `Preload\("Postss"\): User has no relation Postss; did you mean "Posts"\?`
	db.Preload("posts").Find(&users)                        // want `Preload\("posts"\): User has no relation posts; did you mean "Posts"\?`
	db.Preload("Name").Find(&users)                         // want `Preload\("Name"\): User has no relation Name; User\.Name is a column`
	db.Preload("Posts.Coments").Find(&users)                // want `Preload\("Posts\.Coments"\): Post has no relation Coments; did you mean "Comments"\?`
	db.Preload("languages").First(&User{})                  // want `Preload\("languages"\): .*did you mean "Languages"\?`
	db.Model(&User{}).Preload("Titles").Find(&[]Post{})     // want `Preload\("Titles"\): Post has no relation Titles`
	db.Where("id = ?", 1).Joins("Compny").Take(&users)      // want `Joins\("Compny"\): User has no relation Compny; did you mean "Company"\?`
	db.Joins("Posts").Find(&users)                          // want `Joins\("Posts"\) cannot load User\.Posts, a has-many; load it with Preload`
	db.InnerJoins("Languages").Find(&users)                 // want `InnerJoins\("Languages"\) cannot load User\.Languages, a many-to-many; load it with Preload`
	db.Joins("Posts", db.Where("title <> ''")).Find(&users) // want `join-to-many: Joins\("Posts"\)`
	db.Model(&users[0]).Association("Post")                 // want `Association\("Post"\): User has no relation Post; did you mean "Posts"\?`
	db.Preload("Company" + "s").Find(&users)                // want `Preload\("Companys"\): .*did you mean "Company"\?`
	db.Preload(posts + ".Comments.Post").Find(&users)       // want `Preload\("Posts\.Comments\.Post"\): Comment has no relation Post`
}

// A query built over several statements.
func built(db *gorm.DB, recent bool) {
	q := db.Model(&User{})
	q = q.Preload("Profle") // want `Preload\("Profle"\): User has no relation Profle; .*did you mean "Profile"\?`
	if recent {
		q = q.Where("created_at > now()").Preload("Langs") // want `Preload\("Langs"\): User has no relation Langs`
	}
	var out []User
	q.Find(&out)

	var p Post
	tx := db.Preload("Comment") // want `Preload\("Comment"\): Post has no relation Comment;`
	tx.First(&p)
}

// Models from another package, with no tags, still name their relations.
func imported(db *gorm.DB) {
	var u plainmodels.User
	db.Preload("Post").First(&u) // want `Preload\("Post"\): User has no relation Post; .*did you mean "Posts"\?`
	db.Joins("Company").Preload("Posts").First(&u)
	db.Joins("companies").First(&u) // want `Joins\("companies"\): User has no relation companies; .*did you mean "Company"\?`

	var as []taggedmodels.Author
	db.Preload("Book.Author").Find(&as) // want `Preload\("Book.Author"\): Author has no relation Book; .*did you mean "Books"\?`
	db.Joins("Books").Find(&as)         // want `Joins\("Books"\) cannot load Author\.Books, a has-many; load it with Preload`
}

// Embedding: a repository that embeds *gorm.DB calls its methods.
type repo struct{ *gorm.DB }

func (r repo) users() (us []User) {
	r.Preload("Profiles").Find(&us) // want `Preload\("Profiles"\): User has no relation Profiles; .*did you mean "Profile"\?`
	return us
}
