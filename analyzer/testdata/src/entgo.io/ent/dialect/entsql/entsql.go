// Package entsql is a stand-in for entgo.io/ent/dialect/entsql.
package entsql

type ReferenceOption string

const (
	NoAction   ReferenceOption = "NO ACTION"
	Restrict   ReferenceOption = "RESTRICT"
	Cascade    ReferenceOption = "CASCADE"
	SetNull    ReferenceOption = "SET NULL"
	SetDefault ReferenceOption = "SET DEFAULT"
)

type Annotation struct {
	Table    string
	OnDelete ReferenceOption
}

func OnDelete(opt ReferenceOption) *Annotation { return &Annotation{OnDelete: opt} }

func Table(t string) *Annotation { return &Annotation{Table: t} }
