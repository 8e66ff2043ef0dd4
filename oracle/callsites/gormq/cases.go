// Package gormq holds GORM queries that name relations, each in a function
// of its own: the test runs every one on SQLite and holds relcheck's
// call-site findings to what GORM does.
package gormq

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

// Audit's relation belongs to the models that embed it.
type Audit struct {
	CreatorID uint
	Creator   *Company
}

type Doc struct {
	gorm.Model
	Audit
}

type Note struct {
	gorm.Model
	Audit Audit `gorm:"embedded"`
}

// Models is every model, for migrations.
var Models = []any{&Country{}, &Company{}, &User{}, &Profile{}, &Post{}, &Comment{}, &Language{}, &Doc{}, &Note{}}

// Cases are the queries, by name.
var Cases = map[string]func(*gorm.DB) error{
	"PreloadOK": PreloadOK, "PreloadTypo": PreloadTypo, "PreloadCase": PreloadCase, "PreloadColumn": PreloadColumn,
	"PreloadTable": PreloadTable, "PreloadNestedOK": PreloadNestedOK, "PreloadNestedTypo": PreloadNestedTypo,
	"PreloadAll": PreloadAll, "PreloadFirst": PreloadFirst, "PreloadTake": PreloadTake, "PreloadFirstOrInit": PreloadFirstOrInit,
	"PreloadScan": PreloadScan, "ModelWins": ModelWins, "ModelWinsOK": ModelWinsOK, "Built": Built, "BuiltOK": BuiltOK,
	"JoinsOK": JoinsOK, "JoinsTypo": JoinsTypo, "JoinsTable": JoinsTable, "JoinsNestedOK": JoinsNestedOK,
	"JoinsNestedTypo": JoinsNestedTypo, "JoinsRaw": JoinsRaw, "JoinsHasMany": JoinsHasMany,
	"JoinsHasManyCond": JoinsHasManyCond, "InnerJoinsMany2Many": InnerJoinsMany2Many, "JoinsPostComments": JoinsPostComments,
	"PreloadOfJoined": PreloadOfJoined, "ModelJoinsOK": ModelJoinsOK, "ModelJoinsTypo": ModelJoinsTypo, "ModelPreloadRow": ModelPreloadRow, "InnerJoinsHasMany": InnerJoinsHasMany, "JoinsMany2Many": JoinsMany2Many,
	"AssociationOK": AssociationOK, "AssociationTypo": AssociationTypo, "AssociationCase": AssociationCase,
	"EmbeddedOK": EmbeddedOK, "EmbeddedNamedOK": EmbeddedNamedOK, "EmbeddedTypo": EmbeddedTypo,
}

func PreloadOK(db *gorm.DB) error {
	var us []User
	return db.Preload("Posts").Preload("Profile").Preload("Languages").Find(&us).Error
}

func PreloadTypo(db *gorm.DB) error {
	var us []User
	return db.Preload("Postss").Find(&us).Error
}

func PreloadCase(db *gorm.DB) error {
	var us []User
	return db.Preload("posts").Find(&us).Error
}

func PreloadColumn(db *gorm.DB) error {
	var us []User
	return db.Preload("Name").Find(&us).Error
}

func PreloadTable(db *gorm.DB) error {
	var us []User
	return db.Preload("languages").Find(&us).Error
}

func PreloadNestedOK(db *gorm.DB) error {
	var us []User
	return db.Preload("Posts.Comments").Preload("Company.Country").Find(&us).Error
}

func PreloadNestedTypo(db *gorm.DB) error {
	var us []User
	return db.Preload("Posts.Coments").Find(&us).Error
}

func PreloadAll(db *gorm.DB) error {
	var us []User
	return db.Preload(clause.Associations).Preload("Posts." + clause.Associations).Find(&us).Error
}

func PreloadFirst(db *gorm.DB) error {
	var u User
	return db.Preload("Profil").First(&u).Error
}

func PreloadTake(db *gorm.DB) error {
	var u User
	return db.Preload("Company.Contry").Take(&u).Error
}

func PreloadFirstOrInit(db *gorm.DB) error {
	var u User
	return db.Preload("Compny").FirstOrInit(&u).Error
}

// Scan does not run Preload: relcheck does not read Scan as a finisher.
func PreloadScan(db *gorm.DB) error {
	var us []User
	return db.Model(&User{}).Preload("Postss").Scan(&us).Error
}

// UserRow has no relations: Preload looks names up on it, the destination,
// while Joins looks them up on Model(&User{}).
type UserRow struct {
	ID   uint
	Name string
}

func ModelWins(db *gorm.DB) error {
	var rows []UserRow
	return db.Model(&User{}).Preload("Postss").Find(&rows).Error
}

func ModelWinsOK(db *gorm.DB) error {
	var us []User
	return db.Model(&User{}).Preload("Posts").Find(&us).Error
}

func Built(db *gorm.DB) error {
	q := db.Model(&User{})
	q = q.Preload("Posts")
	if len(Models) > 0 {
		q = q.Where("name <> ''").Preload("Profle")
	}
	var us []User
	return q.Find(&us).Error
}

func BuiltOK(db *gorm.DB) error {
	q := db.Where("name <> ''")
	q = q.Preload("Posts")
	var us []User
	return q.Find(&us).Error
}

func JoinsOK(db *gorm.DB) error {
	var us []User
	return db.Joins("Company").Joins("Profile").Find(&us).Error
}

func JoinsTypo(db *gorm.DB) error {
	var us []User
	return db.Joins("Compny").Find(&us).Error
}

func JoinsTable(db *gorm.DB) error {
	var us []User
	return db.Joins("companies").Find(&us).Error
}

func JoinsNestedOK(db *gorm.DB) error {
	var us []User
	return db.Joins("Company.Country").Find(&us).Error
}

func JoinsNestedTypo(db *gorm.DB) error {
	var us []User
	return db.Joins("Company.Contry").Find(&us).Error
}

func JoinsRaw(db *gorm.DB) error {
	var us []User
	return db.Joins("JOIN companies ON companies.id = users.company_id").Find(&us).Error
}

func JoinsHasMany(db *gorm.DB) error {
	var us []User
	return db.Joins("Posts").Find(&us).Error
}

func JoinsHasManyCond(db *gorm.DB) error {
	var us []User
	return db.Joins("Posts", db.Where(&Post{Title: "a"})).Find(&us).Error
}

func InnerJoinsMany2Many(db *gorm.DB) error {
	var us []User
	return db.InnerJoins("Languages").Find(&us).Error
}

func JoinsPostComments(db *gorm.DB) error {
	var ps []Post
	return db.Joins("Comments").Find(&ps).Error
}

func PreloadOfJoined(db *gorm.DB) error {
	var us []User
	return db.Joins("Company").Preload("Company.Country").Find(&us).Error
}

func AssociationOK(db *gorm.DB) error {
	var u User
	if err := db.First(&u).Error; err != nil {
		return err
	}
	return db.Model(&u).Association("Posts").Find(&[]Post{})
}

func AssociationTypo(db *gorm.DB) error {
	var u User
	if err := db.First(&u).Error; err != nil {
		return err
	}
	return db.Model(&u).Association("Post").Error
}

func AssociationCase(db *gorm.DB) error {
	var u User
	if err := db.First(&u).Error; err != nil {
		return err
	}
	return db.Model(&u).Association("languages").Error
}

func EmbeddedOK(db *gorm.DB) error {
	var ds []Doc
	return db.Preload("Creator").Find(&ds).Error
}

func EmbeddedNamedOK(db *gorm.DB) error {
	var ns []Note
	return db.Preload("Audit.Creator").Preload("Creator").Find(&ns).Error
}

func EmbeddedTypo(db *gorm.DB) error {
	var ds []Doc
	return db.Preload("Creater").Find(&ds).Error
}

func InnerJoinsHasMany(db *gorm.DB) error {
	var us []User
	return db.InnerJoins("Posts").Find(&us).Error
}

func JoinsMany2Many(db *gorm.DB) error {
	var us []User
	return db.Joins("Languages").Find(&us).Error
}

func ModelJoinsOK(db *gorm.DB) error {
	var rows []UserRow
	return db.Model(&User{}).Joins("Company").Find(&rows).Error
}

func ModelJoinsTypo(db *gorm.DB) error {
	var rows []UserRow
	return db.Model(&User{}).Joins("Compny").Find(&rows).Error
}

func ModelPreloadRow(db *gorm.DB) error {
	var rows []UserRow
	return db.Model(&User{}).Preload("Posts").Find(&rows).Error
}

// The generic API (gorm.G[T]) names the model in its type argument.
var genericCases = map[string]func(*gorm.DB) error{
	"GPreloadOK": GPreloadOK, "GPreloadTypo": GPreloadTypo, "GPreloadNestedTypo": GPreloadNestedTypo,
	"GPreloadChained": GPreloadChained, "GJoinsOK": GJoinsOK, "GJoinsTypo": GJoinsTypo,
	"GJoinsNestedOK": GJoinsNestedOK, "GJoinsNestedTypo": GJoinsNestedTypo, "GJoinsTable": GJoinsTable,
	"GJoinsHasMany": GJoinsHasMany, "GJoinsMany2Many": GJoinsMany2Many, "GJoinsRightTypo": GJoinsRightTypo,
	"GJoinsAsTypo": GJoinsAsTypo, "GJoinsAssocFromTypo": GJoinsAssocFromTypo,
	"GPreloadScanRow": GPreloadScanRow, "GPreloadScanUser": GPreloadScanUser, "GPreloadScanOK": GPreloadScanOK,
	"GPreloadCountTypo": GPreloadCountTypo, "GJoinsCountTypo": GJoinsCountTypo, "GPreloadRowsTypo": GPreloadRowsTypo, "GPreloadUpdateTypo": GPreloadUpdateTypo,
	"GJoinsRowsTypo": GJoinsRowsTypo, "GJoinsUpdateTypo": GJoinsUpdateTypo, "GJoinsDeleteTypo": GJoinsDeleteTypo,
	"GJoinsRowTypo": GJoinsRowTypo, "GPreloadRowTypo": GPreloadRowTypo, "GBuiltTypo": GBuiltTypo,
}

func init() {
	for name, c := range genericCases {
		Cases[name] = c
	}
}

func GPreloadOK(db *gorm.DB) error {
	_, err := gorm.G[User](db).Preload("Posts", nil).Preload("Posts.Comments", nil).Preload("Company.Country", nil).Find(context.Background())
	return err
}

func GPreloadTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Preload("Postss", nil).Find(context.Background())
	return err
}

func GPreloadNestedTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Preload("Posts.Coments", func(q gorm.PreloadBuilder) error {
		q.Limit(1)
		return nil
	}).Find(context.Background())
	return err
}

func GPreloadChained(db *gorm.DB) error {
	q := gorm.G[User](db).Where("name <> ?", "")
	q = q.Preload("Profil", nil)
	_, err := q.First(context.Background())
	return err
}

func GJoinsOK(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.JoinTarget{Association: "Company"}, nil).
		Joins(clause.LeftJoin.Association("Profile"), nil).Find(context.Background())
	return err
}

func GJoinsTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Find(context.Background())
	return err
}

func GJoinsNestedOK(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.InnerJoin.Association("Company.Country"), nil).Find(context.Background())
	return err
}

func GJoinsNestedTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.InnerJoin.Association("Company.Contry"), nil).Find(context.Background())
	return err
}

func GJoinsTable(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.JoinTarget{Association: "companies"}, nil).Find(context.Background())
	return err
}

func GJoinsHasMany(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.LeftJoin.Association("Posts"), nil).Find(context.Background())
	return err
}

func GJoinsMany2Many(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.Has("Languages"), nil).Find(context.Background())
	return err
}

func GJoinsRightTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.RightJoin.Association("Compny"), nil).Find(context.Background())
	return err
}

func GJoinsAsTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny").As("c"), nil).Find(context.Background())
	return err
}

func GJoinsAssocFromTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.LeftJoin.AssociationFrom("Compny", gorm.G[Company](db)), nil).Find(context.Background())
	return err
}

func GPreloadScanRow(db *gorm.DB) error {
	var rows []UserRow
	return gorm.G[User](db).Preload("Posts", nil).Scan(context.Background(), &rows)
}

func GPreloadScanUser(db *gorm.DB) error {
	var us []User
	return gorm.G[UserRow](db).Table("users").Preload("Posts", nil).Scan(context.Background(), &us)
}

// UserPosts has the relation too: Scan loads it.
type UserPosts struct {
	ID    uint
	Posts []Post `gorm:"foreignKey:UserID"`
}

func (UserPosts) TableName() string { return "users" }

func GPreloadScanOK(db *gorm.DB) error {
	var rows []UserPosts
	return gorm.G[User](db).Preload("Posts", nil).Scan(context.Background(), &rows)
}

func GPreloadCountTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Preload("Postss", nil).Count(context.Background(), "id")
	return err
}

func GJoinsCountTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Count(context.Background(), "id")
	return err
}

func GPreloadRowsTypo(db *gorm.DB) error {
	rows, err := gorm.G[User](db).Preload("Postss", nil).Rows(context.Background())
	if err == nil {
		rows.Close()
	}
	return err
}

func GPreloadUpdateTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Where("name = ?", "nobody").Preload("Postss", nil).Update(context.Background(), "name", "x")
	return err
}

func GJoinsRowsTypo(db *gorm.DB) error {
	rows, err := gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Rows(context.Background())
	if err == nil {
		rows.Close()
	}
	return err
}

func GJoinsUpdateTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Where("users.name = ?", "nobody").Joins(clause.LeftJoin.Association("Compny"), nil).Update(context.Background(), "name", "x")
	return err
}

func GJoinsDeleteTypo(db *gorm.DB) error {
	_, err := gorm.G[User](db).Where("users.name = ?", "nobody").Joins(clause.LeftJoin.Association("Compny"), nil).Delete(context.Background())
	return err
}

func GJoinsRowTypo(db *gorm.DB) error {
	return gorm.G[User](db).Joins(clause.LeftJoin.Association("Compny"), nil).Row(context.Background()).Err()
}

func GPreloadRowTypo(db *gorm.DB) error {
	return gorm.G[User](db).Preload("Postss", nil).Row(context.Background()).Err()
}

// A query built over several statements runs what was assigned to it.
func GBuiltTypo(db *gorm.DB) error {
	q := gorm.G[User](db).Where("name <> ?", "")
	if len(Models) > 0 {
		q = q.Joins(clause.LeftJoin.Association("Compny"), nil)
	}
	q.Preload("Postss", nil) // discarded: generic queries are values
	_, err := q.Find(context.Background())
	return err
}
