package generics // want package:"models"

import "gorm.io/gorm"

// A generic container is not a model by itself.
type Page[T any] struct {
	ID    uint
	Items []T
	Total int
}

type Item[T any] struct {
	ID      uint
	OwnerID uint
	Value   T `gorm:"-"`
}

// Relations to instantiated generics resolve against the instantiation.
type Owner struct {
	gorm.Model
	Items []Item[int]
}

type Broken struct {
	gorm.Model
	Items []Item[string] `gorm:"foreignKey:Nope"` // want `Broken.Items: foreignKey "Nope" names no field of Broken or Item\[string\]`
}

// A model with a type parameter in a relation field: nothing to say
// until it is instantiated.
type Holder[T any] struct {
	ID   uint
	Kids []T `gorm:"foreignKey:HolderID"`
}
