package verdict

import (
	"maps"
	"reflect"
	"slices"

	"github.com/go-pg/pg/v10/orm"
)

// GoPGTable is what go-pg makes of one model.
type GoPGTable struct {
	Panic string // orm.GetTable's panic; "" when it builds the table
	DDL   string // CREATE TABLE with FKConstraints, when it builds ("panic: ..." if that panics)
}

// GoPG prints, for each set of models (by name) in turn, each model's
// GoPGTable. A set's models are registered first, as go-pg's tests
// register their join tables; registering builds the table, so one whose
// join table is not registered yet panics until a later pass.
func GoPG(order []string, sets map[string]map[string]any) {
	out := map[string]map[string]GoPGTable{}
	for _, set := range order {
		models := sets[set]
		for pass := 0; pass < 3; pass++ {
			for _, m := range models {
				recovered(func() { orm.RegisterTable(m) })
			}
		}
		out[set] = map[string]GoPGTable{}
		for _, n := range slices.Sorted(maps.Keys(models)) {
			m := models[n]
			var tbl GoPGTable
			tbl.Panic = recovered(func() { orm.GetTable(reflect.TypeOf(m).Elem()) })
			if tbl.Panic == "" {
				if msg := recovered(func() {
					q := orm.NewCreateTableQuery(orm.NewQuery(nil, m), &orm.CreateTableOptions{FKConstraints: true})
					b, err := q.AppendQuery(orm.NewFormatter(), nil)
					if err != nil {
						panic(err)
					}
					tbl.DDL = string(b)
				}); msg != "" {
					tbl.DDL = "panic: " + msg
				}
			}
			out[set][n] = tbl
		}
	}
	print(out)
}
