package bun

import (
	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// Calls is how Bun select queries name relations: Relation looks the path
// up at once, step by step, on the model Model(x) set (query_select.go).
var Calls = &dialects.CallSites{
	Package: ImportPath,
	Query:   "SelectQuery",
	Models:  map[string]int{"Model": 0},
	Names: map[string]dialects.Naming{
		"Relation":         {Read: relation},
		"RelationWithOpts": {Read: relation},
	},
}

var relation = model.PathRead{ORM: "Bun", Nested: true,
	Says: `fails with "model={query} does not have relation=\"{path}\""`}
