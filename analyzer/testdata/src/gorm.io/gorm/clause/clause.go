// Package clause is a stub of gorm.io/gorm/clause with the names relcheck keys on.
package clause

const Associations = "~~~as~~~"

type Builder interface {
	WriteString(string) (int, error)
}

type Expression interface {
	Build(builder Builder)
}

type JoinType string

const (
	CrossJoin JoinType = "CROSS"
	InnerJoin JoinType = "INNER"
	LeftJoin  JoinType = "LEFT"
	RightJoin JoinType = "RIGHT"
)

type JoinTarget struct {
	Type        JoinType
	Association string
	Subquery    Expression
	Table       string
}

func Has(name string) JoinTarget { return JoinTarget{Type: InnerJoin, Association: name} }

func (jt JoinType) Association(name string) JoinTarget {
	return JoinTarget{Type: jt, Association: name}
}

func (jt JoinType) AssociationFrom(name string, subquery Expression) JoinTarget {
	return JoinTarget{Type: jt, Association: name, Subquery: subquery}
}

func (jt JoinTarget) As(name string) JoinTarget {
	jt.Table = name
	return jt
}

type Table struct {
	Name  string
	Alias string
	Raw   bool
}
