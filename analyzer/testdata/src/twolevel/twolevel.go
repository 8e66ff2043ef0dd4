package twolevel // want package:"models Audit, Doc, Note, Page, Revision"

// GORM's embedded has guess reads a relation declared in an embedded
// struct against that struct's own schema, which flattens what it embeds:
// Audit's key comes from its gorm.Model, so Notes joins on Note.AuditID.

import "gorm.io/gorm"

type Audit struct {
	gorm.Model
	Notes []Note
}

type Doc struct {
	Audit
	Title string `gorm:"size:200"`
}

type Note struct {
	ID      uint
	AuditID uint
}

// Three levels: the schema is still that of the struct embedded first
// (Versioned), whose key comes from Base.
type Base struct {
	ID uint
}

type Versioned struct {
	Base
	History
}

type History struct {
	Revisions []Revision
}

type Page struct {
	Versioned
	Slug string `gorm:"uniqueIndex"`
}

type Revision struct {
	ID          uint
	VersionedID uint
}
