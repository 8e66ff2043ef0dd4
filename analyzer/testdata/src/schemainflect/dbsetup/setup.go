// Package dbsetup sets go-pg's table names singular, as programs do in an
// init beside their connection code.
package dbsetup

import "github.com/go-pg/pg/v10/orm"

func init() {
	orm.SetTableNameInflector(func(s string) string {
		return s
	})
}
