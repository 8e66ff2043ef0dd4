package fkmissing // want package:"models Company, User, Employee"

import "gorm.io/gorm"

type Company struct {
	ID   uint
	Name string
}

// A misspelled foreignKey: GORM fails with "invalid field found".
type User struct {
	gorm.Model
	CompanyID uint
	Company   Company `gorm:"foreignKey:OrgID"` // want `User.Company: foreignKey "OrgID" names no field of User or Company`
}

// One edit away from a real field: a did-you-mean fix.
type Employee struct {
	gorm.Model
	CompanyRef uint
	Company    Company `gorm:"foreignKey:CompanyRf"` // want `did you mean "CompanyRef"\?`
}

// has-many without a foreign key back.
type Team struct {
	gorm.Model
	Players []Player // want `Team\.Players: no foreign key in Player; add one, or name it with foreignKey:`
}

type Player struct {
	gorm.Model
	Name string
}

// references to a missing field.
type Blog struct {
	gorm.Model
	Posts []BlogPost `gorm:"foreignKey:BlogCode;references:Code"` // want `Blog.Posts: references "Code" names no usable key`
}

type BlogPost struct {
	gorm.Model
	BlogCode string
}

// polymorphic without the type field.
type Cat struct {
	gorm.Model
	Toys []Toy `gorm:"polymorphic:Owner"` // want `Toy has no field OwnerType`
}

type Toy struct {
	gorm.Model
	OwnerID uint
}

// many2many with a missing foreignKey.
type Student struct {
	gorm.Model
	Courses []Course `gorm:"many2many:student_courses;foreignKey:Code"` // want `Student has no field or column "Code"`
}

type Course struct {
	gorm.Model
}

// a map is neither a column nor a relation.
type Settings struct {
	gorm.Model
	Extra map[string]string // want `Settings\.Extra: map\[string\]string is not a column type; add type: or serializer:, or tag it .gorm:"-".`
}
