package gormgeneric

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
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
	Name      string
	CountryID uint
	Country   Country
}

type Country struct {
	gorm.Model
	Code string
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

type UserRow struct {
	ID   uint
	Name string
}

func queries(ctx context.Context, db *gorm.DB, name string) {
	gorm.G[User](db).Preload("Postss", nil).Find(ctx)                                     // want `Preload\("Postss"\): User has no relation Postss; did you mean "Posts"\?`
	gorm.G[User](db).Where("id = ?", 1).Preload("Posts.Coments", nil).First(ctx)          // want `Preload\("Posts\.Coments"\): Post has no relation Coments; did you mean "Comments"\?`
	gorm.G[User](db).Joins(clause.JoinTarget{Association: "Compny"}, nil).Find(ctx)       // want `Joins\("Compny"\): User has no relation Compny; did you mean "Company"\?`
	gorm.G[User](db).Joins(clause.LeftJoin.Association("companies"), nil).Find(ctx)       // want `Joins\("companies"\): User has no relation companies; did you mean "Company"\?`
	gorm.G[User](db).Joins(clause.InnerJoin.Association("Company.Contry"), nil).Take(ctx) // want `Joins\("Company\.Contry"\): Company has no relation Contry; did you mean "Country"\?`
	gorm.G[User](db).Joins(clause.RightJoin.Association("Compny").As("c"), nil).Find(ctx) // want `Joins\("Compny"\): User has no relation Compny`
	gorm.G[User](db).Joins(clause.LeftJoin.Association("Posts"), nil).Find(ctx)           // want `Joins\("Posts"\) cannot load User\.Posts, a has-many; load it with Preload`
	gorm.G[User](db).Joins(clause.Has("Languages"), nil).Find(ctx)                        // want `Joins\("Languages"\) cannot load User\.Languages, a many-to-many; load it with Preload`
	gorm.G[User](db).Joins(clause.LeftJoin.AssociationFrom("Compny", nil), nil).Find(ctx) // want `Joins\("Compny"\): User has no relation Compny`

	q := gorm.G[User](db).Where("name <> ?", "")
	q = q.Preload("profile", nil) // want `Preload\("profile"\): User has no relation profile; did you mean "Profile"\?`
	q.First(ctx)

	// Count runs the joins, not the preloads.
	gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Preload("Postss", nil).Count(ctx, "id") // want `Joins\("Compny"\): User has no relation Compny; did you mean "Company"\?`

	// Generic queries are values: a call whose result is dropped does nothing.
	b := gorm.G[User](db).Where("name <> ?", "")
	b.Preload("Postss", nil)
	if len(name) > 0 {
		b = b.Joins(clause.InnerJoin.Association("Compny"), nil) // want `Joins\("Compny"\): User has no relation Compny; did you mean "Company"\?`
	}
	b.Find(ctx)
	b.Last(ctx)

	// Scan loads into its destination, where Preload looks the name up too.
	var rows []UserRow
	gorm.G[User](db).Preload("Posts", nil).Scan(ctx, &rows) // want `Preload\("Posts"\): UserRow has no relation Posts`
	var users []User
	gorm.G[Profile](db).Table("users").Preload("Posts", nil).Scan(ctx, &users) // want `Preload\("Posts"\): Profile has no relation Posts`
}

// A repository that embeds a generic query, and an alias of one.
type userRepo struct {
	gorm.ChainInterface[User]
}

type userQuery = gorm.ChainInterface[User]

func wrapped(ctx context.Context, r userRepo, p *userRepo, q userQuery) {
	r.Preload("Postss", nil).Find(ctx)                           // want `Preload\("Postss"\): User has no relation Postss; did you mean "Posts"\?`
	p.Joins(clause.LeftJoin.Association("Posts"), nil).Find(ctx) // want `Joins\("Posts"\) cannot load User\.Posts`
	q.Preload("Company.Contry", nil).Find(ctx)                   // want `Preload\("Company\.Contry"\): Company has no relation Contry; did you mean "Country"\?`
}
