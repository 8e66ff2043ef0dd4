package clean // want package:"models"

// Package clean holds correct models that look suspicious: the precision
// hazards seen in real code. relcheck must stay silent on all of them.

import (
	"database/sql"
	"database/sql/driver"
	"time"

	"gorm.io/gorm"
)

// A base model embedded deeply.
type Base struct {
	ID        uint `gorm:"primaryKey"`
	CreatedAt time.Time
}

type Audited struct {
	Base
	UpdatedBy string
}

// Struct-typed columns: Valuer/Scanner and serializer.
type JSON map[string]any

func (JSON) Value() (driver.Value, error) { return "{}", nil }
func (*JSON) Scan(any) error              { return nil }

type Point struct{ X, Y float64 }

type Place struct {
	Audited
	Meta    JSON
	Where   Point    `gorm:"serializer:json"`
	Tags    []string `gorm:"type:text[]"`
	Shape   Point    `gorm:"type:point"`
	Seen    *time.Time
	Hidden  chan int `gorm:"-"`
	Notes   sql.NullString
	Photos  []Photo `gorm:"constraint:OnDelete:CASCADE"`
	Owner   *Person
	OwnerID *uint
}

// Nullable wrappers around a SET NULL foreign key.
type Optional[T any] struct {
	v  T
	ok bool
}

func (o Optional[T]) Value() (driver.Value, error) { return nil, nil }
func (o *Optional[T]) Scan(any) error              { return nil }

type Photo struct {
	ID      uint
	PlaceID uint
}

type Person struct {
	ID       uint
	Cars     []Car  `gorm:"constraint:OnDelete:SET NULL"`
	Bikes    []Bike `gorm:"constraint:OnDelete:SET NULL"`
	Passport Passport
}

type Car struct {
	ID       uint
	PersonID Optional[uint]
}

type NullID sql.NullInt64

func (n *NullID) Scan(v any) error { return (*sql.NullInt64)(n).Scan(v) }

type Bike struct {
	ID       uint
	PersonID NullID
}

// Uniqueness declared in code, not tags.
type Passport struct {
	ID       uint
	PersonID uint
}

func (Passport) Indexes() []string { return []string{"CREATE UNIQUE INDEX ON passports(person_id)"} }

// A string-like UUID type against string; a primary key named Id;
// references and foreign keys given as column names.
type UUID string

type Tenant struct {
	Id    UUID   `gorm:"primaryKey"`
	Slug  string `gorm:"uniqueIndex"`
	Sites []Site `gorm:"foreignKey:tenant_id;references:id"`
	Teams []Team `gorm:"foreignKey:TenantSlug;references:slug"`
}

type Site struct {
	ID       uint
	TenantID string
}

type Team struct {
	ID         uint
	TenantSlug string
}

// One foreign key behind a has-many and a has-one.
type Author struct {
	ID     uint
	Books  []Book
	Latest Book
}

type Book struct {
	ID       uint
	AuthorID uint
}

// Embedded with a prefix: a group of columns, not a relation.
type Address struct {
	Street string
	City   string
}

type Office struct {
	ID      uint
	Address Address `gorm:"embedded;embeddedPrefix:addr_"`
}

// Self-reference and a many-to-many with its inverse through one table.
type Employee struct {
	ID        uint
	ManagerID *uint
	Manager   *Employee
	Reports   []Employee `gorm:"foreignKey:ManagerID"`
	Skills    []Skill    `gorm:"many2many:employee_skills"`
}

type Skill struct {
	ID        uint
	Employees []Employee `gorm:"many2many:employee_skills"`
}

// gorm.Model with a soft delete and no cascade: nothing to say.
type Note struct {
	gorm.Model
	Text string
}

// Sender/Receiver: two explicit relations each way.
type Account struct {
	ID       uint
	Sent     []Message `gorm:"foreignKey:SenderID"`
	Received []Message `gorm:"foreignKey:ReceiverID"`
}

type Message struct {
	ID         uint
	SenderID   uint
	ReceiverID uint
	Sender     Account `gorm:"foreignKey:SenderID"`
	Receiver   Account `gorm:"foreignKey:ReceiverID"`
}

// A has-one with a unique key, a polymorphic has-many without actions.
type Cat struct {
	ID     uint
	Collar Collar
	Toys   []Toy `gorm:"polymorphic:Owner"`
}

type Collar struct {
	ID    uint
	CatID uint `gorm:"uniqueIndex"`
}

type Toy struct {
	ID        uint
	OwnerID   uint
	OwnerType string
}

// An alias of a model.
type Human = Person
