package verdict

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"reflect"
	"sort"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/schema"
)

// BunCase is a set of models as a test hands them to Bun, and the
// junctions it registers first.
type BunCase struct {
	Models, Junctions []any
}

// BunTable is what Bun makes of one model.
type BunTable struct {
	Panic   string   // Bun's panic at the table's initialisation; "" when it builds
	Name    string   // the table's name
	Columns []string // FieldMap's names, each field once (alt: names left out)
	DDL     string   // CREATE TABLE (pg dialect)
}

type noDB struct{}

func (noDB) Connect(context.Context) (driver.Conn, error) { return nil, errors.New("no database") }
func (noDB) Driver() driver.Driver                        { return nil }

// Bun prints, by case and model name, the BunTable of each model, each
// case on its own bun.DB (pg dialect, a connector that never connects).
func Bun(cases map[string]BunCase) {
	out := map[string]map[string]BunTable{}
	for c, bc := range cases {
		db := bun.NewDB(sql.OpenDB(noDB{}), pgdialect.New())
		db.RegisterModel(bc.Junctions...)
		out[c] = map[string]BunTable{}
		for _, m := range bc.Models {
			typ := reflect.TypeOf(m).Elem()
			var bt BunTable
			var tbl *schema.Table
			bt.Panic = recovered(func() { tbl = db.Table(typ) })
			if tbl != nil {
				bt.Name = tbl.Name
				for n, f := range tbl.FieldMap {
					if n == f.Name {
						bt.Columns = append(bt.Columns, n)
					}
				}
				sort.Strings(bt.Columns)
				if msg := recovered(func() { bt.DDL = db.NewCreateTable().Model(m).String() }); msg != "" {
					bt.DDL = "panic: " + msg
				}
			}
			out[c][typ.Name()] = bt
		}
	}
	print(out)
}
