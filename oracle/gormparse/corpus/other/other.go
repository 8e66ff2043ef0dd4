// Package other holds models that corpus relations point at across a
// package boundary.
package other

type Region struct {
	ID   uint
	Name string
}

type Code struct {
	Value string `gorm:"primaryKey"`
}
