package cgo

// #include <stdlib.h>
import "C"

type Blob struct {
	ID    uint  `gorm:"primaryKey"`
	Size  C.int `gorm:"-"`
	Owner Owner `gorm:"foreignKey:Nope"`
}

type Owner struct {
	ID uint
}
