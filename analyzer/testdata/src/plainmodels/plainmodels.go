// Package plainmodels holds structs with no ORM tags at all: GORM reads
// them as models when a query hands them over, in another package.
package plainmodels

type User struct {
	ID      uint
	Name    string
	Posts   []Post
	Company Company
	// CompanyID is Company's key.
	CompanyID uint
}

type Post struct {
	ID     uint
	UserID uint
	Title  string
}

type Company struct {
	ID   uint
	Name string
}
