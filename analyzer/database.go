package analyzer

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// databaseOf names the database behind each driver or dialect package:
// what rules need to say what the user's database will do.
var databaseOf = map[string]string{
	"gorm.io/driver/postgres":                      model.Postgres,
	"gorm.io/driver/mysql":                         model.MySQL,
	"gorm.io/driver/sqlite":                        model.SQLite,
	"github.com/glebarez/sqlite":                   model.SQLite,
	"gorm.io/driver/sqlserver":                     model.SQLServer,
	"github.com/uptrace/bun/dialect/pgdialect":     model.Postgres,
	"github.com/uptrace/bun/dialect/mysqldialect":  model.MySQL,
	"github.com/uptrace/bun/dialect/sqlitedialect": model.SQLite,
	"github.com/uptrace/bun/dialect/mssqldialect":  model.SQLServer,
}

// flagDatabases are the values -database accepts.
var flagDatabases = []string{model.Postgres, model.MySQL, model.SQLite, model.SQLServer}

func checkDatabase(name string) error {
	if name == "" {
		return nil
	}
	for _, d := range flagDatabases {
		if d == name {
			return nil
		}
	}
	return fmt.Errorf("-database: unknown database %q; valid: %s", name, strings.Join(flagDatabases, ", "))
}

// databases says which databases the package runs on: the -database flag
// when set, otherwise every database whose driver or dialect the package
// imports, directly or through its dependencies (as far as their export
// data lists imports). Empty when nothing says.
func databases(flag string, pkg *types.Package) []string {
	if flag != "" {
		return []string{flag}
	}
	found := map[string]bool{}
	seen := map[*types.Package]bool{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if d, ok := databaseOf[p.Path()]; ok {
			found[d] = true
			return
		}
		for _, q := range p.Imports() {
			walk(q)
		}
	}
	walk(pkg)
	var out []string
	for d := range found {
		out = append(out, d)
	}
	sort.Strings(out)
	return out
}
