// Package taggedmodels holds GORM models another package queries: they
// reach it as a fact.
package taggedmodels

import "gorm.io/gorm"

type Author struct {
	gorm.Model
	Books []Book
}

type Book struct {
	gorm.Model
	AuthorID uint
	Author   *Author
}
