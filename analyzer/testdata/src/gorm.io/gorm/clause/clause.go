// Package clause is a stub of gorm.io/gorm/clause.
package clause

const Associations = "~~~as~~~"
