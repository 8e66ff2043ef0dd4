// Package orm is a stub of github.com/go-pg/pg/v10/orm with the names
// relcheck keys on.
package orm

type CreateTableOptions struct {
	Temp          bool
	IfNotExists   bool
	FKConstraints bool
}

type Query struct{}

func (q *Query) Relation(name string, apply ...func(*Query) (*Query, error)) *Query { return q }
func (q *Query) Where(condition string, params ...interface{}) *Query               { return q }
func (q *Query) Select(values ...interface{}) error                                 { return nil }
func (q *Query) CreateTable(opt *CreateTableOptions) error                          { return nil }
func (q *Query) WherePK() *Query                                                    { return q }
func (q *Query) ForceDelete(values ...interface{}) (interface{}, error)             { return nil, nil }

func SetTableNameInflector(fn func(string) string) {}
