package gopg

import (
	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// Calls is how go-pg queries name relations: db.Model(x) starts an
// *orm.Query, and Relation looks the path up at once (orm/query.go). A
// step after the first that is not a relation ends the path, whose last
// name is then a column of the relation reached so far
// (structTableModel.join).
var Calls = &dialects.CallSites{
	Package: "github.com/go-pg/pg/v10/orm",
	Query:   "Query",
	Models:  map[string]int{"Model": 0, "ModelContext": 1},
	Names: map[string]dialects.Naming{
		"Relation": {Read: relation},
	},
}

var relation = model.PathRead{ORM: "go-pg", Nested: true, ColumnTail: true,
	Says:       `fails with "model={query} does not have relation=\"{path}\""`,
	ColumnSays: `selects "{column}" as a column of {model}, which has none by that name, and PostgreSQL fails ("column ... does not exist")`}
