package gopgparse

import (
	"reflect"
	"strings"
	"testing"

	"github.com/go-pg/pg/v10/orm"
	"github.com/jinzhu/inflection"
)

type inflectDaemon struct{ ID int64 }

type inflectNamed struct {
	tableName struct{} `pg:"named_daemons"`
	ID        int64
}

// relcheck, seeing orm.SetTableNameInflector(func(s string) string
// { return s }) in the program, names a model's table by its underscored
// type name, and leaves a tableName tag alone. go-pg decides.
func TestIdentityInflector(t *testing.T) {
	orm.SetTableNameInflector(func(s string) string { return s })
	defer orm.SetTableNameInflector(inflection.Plural)
	if got := strings.Trim(string(orm.GetTable(reflect.TypeOf(inflectDaemon{})).SQLName), `"`); got != "inflect_daemon" {
		t.Errorf("table %q, want inflect_daemon", got)
	}
	if got := strings.Trim(string(orm.GetTable(reflect.TypeOf(inflectNamed{})).SQLName), `"`); got != "named_daemons" {
		t.Errorf("table %q, want named_daemons: a named table is not inflected", got)
	}
}
