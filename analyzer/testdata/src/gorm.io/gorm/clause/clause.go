// Package clause is a stub of gorm.io/gorm/clause with the names relcheck keys on.
package clause

const Associations = "~~~as~~~"

type Builder interface {
	WriteString(string) (int, error)
}

type Expression interface {
	Build(builder Builder)
}
