package gorm

import (
	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// Calls is how GORM queries name relations. Preload and Joins are read
// when the query runs: Joins on Model(x), or else the finisher's
// destination (callbacks/query.go); Preload always on the destination
// (preloadDB parses Statement.Dest). Association looks its name up at
// once, on Model(x) (association.go).
var Calls = &dialects.CallSites{
	Package: ImportPath,
	Query:   "DB",
	Models:  map[string]int{"Model": 0},
	Finishers: map[string]bool{"Find": true, "First": true, "Take": true, "Last": true,
		"FirstOrInit": true, "FirstOrCreate": true, "FindInBatches": true},
	Names: map[string]dialects.Naming{
		"Preload":     {Read: preload, Deferred: true, Dest: true},
		"Joins":       {Read: joins, Deferred: true},
		"InnerJoins":  {Read: innerJoins, Deferred: true},
		"Association": {Read: association},
	},
	Opaque: map[string]bool{"Scopes": true},
	// gorm.G[T] (generics.go) runs every query on T: Joins and Preload
	// look names up on it (Preload's callback reads Statement.Schema).
	// Scan(ctx, dest) runs Model(r).Find(dest): Preload looks the name up
	// on dest as well. Count, Row and Rows join but run no preloads;
	// Update and Delete do neither.
	Generic: map[string]bool{"Interface": true, "CreateInterface": true, "ChainInterface": true},
	Typed: map[string]dialects.Naming{
		"Preload": {Read: preload, Dest: true, Mismatch: genericPreloadScan,
			Skip: map[string]bool{"Count": true, "Row": true, "Rows": true}},
		"Joins": {Read: genericJoins, Target: &dialects.Carrier{Package: ImportPath + "/clause", Type: "JoinTarget",
			Field: "Association", Makers: map[string]bool{"Has": true, "Association": true, "AssociationFrom": true},
			Keep: map[string]bool{"As": true}}},
	},
	Runs: map[string]int{"Find": -1, "First": -1, "Last": -1, "Take": -1, "FindInBatches": -1, "Scan": 1,
		"Count": -1, "Row": -1, "Rows": -1},
}

var (
	preload = model.PathRead{ORM: "GORM", Nested: true, Embedded: true, Wildcard: "~~~as~~~",
		Says: `fails with "{step}: unsupported relations for schema {model}"`}
	// A Joins name that is not a relation, or a dotted path of relations,
	// is pasted into the query as SQL.
	joins = model.PathRead{ORM: "GORM", Nested: true, Raw: true, Instead: "Preload", Advice: "load it with Preload",
		OneOnly: true, HasMany: hasMany, ManyToMany: manyToMany,
		Says: `takes it as raw SQL, "FROM {table} {path}", and the query fails`}
	// Preload keeps parents without children, which an inner join drops.
	innerJoins = model.PathRead{ORM: "GORM", Nested: true, Raw: true,
		OneOnly: true, HasMany: hasMany, ManyToMany: manyToMany, Says: joins.Says,
		Advice: "load it with Preload",
		Caveat: "keep only the parents that have one with a condition of their own (Preload does not drop any)"}
	// The generic Joins hands the name to the same lookup (callbacks/
	// query.go); Preload there takes no JoinTarget, so no fix swaps it.
	genericJoins = model.PathRead{ORM: "GORM", Nested: true, Raw: true, Advice: "load it with Preload",
		OneOnly: true, HasMany: hasMany, ManyToMany: manyToMany, Says: joins.Says}
	// Preload's callback in generics.go notes the missing name on T and
	// hands a nil query to the preloader, which dereferences it.
	genericPreloadScan = `notes "relation {path} not found" and then panics (nil pointer dereference) when Scan's destination has it, or else fails on the destination first`
	hasMany            = `panics while scanning ("reflect: call of reflect.Value.Field on slice Value")`
	manyToMany         = `joins the related table as if it held the foreign key, and the query fails on a column that table does not have`
	association        = model.PathRead{ORM: "GORM",
		Says: `fails with "unsupported relations: {path}"`}
)
