package dialects

import "github.com/relcheck/relcheck/internal/model"

// CallSites is an ORM's query vocabulary: which type builds queries, which
// of its methods set the model, name relations, or run the query. The
// analyzer follows query values of that type through a function and
// hands each constant relation name to the rules as a model.Use.
type CallSites struct {
	// Package and Query name the query type, *Package.Query. A method
	// counts when its receiver or its result is that type, however it is
	// reached (embedding, local variables).
	Package string
	Query   string
	// Models are methods returning a query that set its model, with the
	// index of the model argument; the last one called wins.
	Models map[string]int
	// Finishers are methods that run the query; their first argument is
	// the destination, which gives the model when no Models call did (or
	// always, for a Naming with Dest).
	Finishers map[string]bool
	// Names are the methods whose first argument names relations.
	Names map[string]Naming
	// Opaque are methods after which the model is unknown: they run
	// code relcheck does not follow (GORM's Scopes).
	Opaque map[string]bool
	// Generic are query types of a generic API, in Package, whose one
	// type argument is the model (GORM's Interface[T] from gorm.G[T]);
	// Typed are their methods that name relations, looked up on that
	// model when one of Runs runs the query. Runs map to the index of
	// the argument the query loads into, where Typed names with Dest are
	// looked up too, or -1 when it loads T.
	Generic map[string]bool
	Typed   map[string]Naming
	Runs    map[string]int
}

// Naming is how one method reads its relation argument.
type Naming struct {
	Read model.PathRead
	// Deferred: the name is looked up when a finisher runs the query,
	// on the model known then (GORM). Otherwise it is looked up on the
	// call, on the model set so far (Bun, go-pg), or never if none is.
	Deferred bool
	// Dest: the name is looked up on the finisher's destination even
	// when Model set another model (GORM's Preload parses Statement.Dest).
	Dest bool
	// Target, when set, is the struct whose field holds the name: the
	// argument builds it by literal or by a maker (GORM's
	// clause.JoinTarget{Association: "X"}, clause.LeftJoin.Association("X")).
	Target *Carrier
	// Mismatch is what the ORM does when a Runs destination has the
	// name and the generic query's model does not, in Read.Says terms;
	// Skip are the Runs that never use the name.
	Mismatch string
	Skip     map[string]bool
}

// Carrier is a struct type that carries a relation name in one field.
type Carrier struct {
	Package, Type, Field string
	// Makers are functions or methods of Package returning the struct
	// from the name, their first argument; Keep are the struct's methods
	// that return it with the name unchanged.
	Makers, Keep map[string]bool
}
