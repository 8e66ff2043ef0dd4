package model

// Evidence is what a program's code shows about the database behind one
// ORM. Rules that speak of what the database does with a foreign key
// need evidence that the key exists: the ORM creates foreign keys only
// when the code asks it to (GORM's AutoMigrate, Bun's WithForeignKeys,
// go-pg's FKConstraints), and schemas built by SQL migrations may have
// none, or different ones.
type Evidence struct {
	// CreatesFKs: the code has the ORM create tables with their foreign
	// keys.
	CreatesFKs bool
	// NoFKs: the code tells the ORM to create none
	// (DisableForeignKeyConstraintWhenMigrating). It wins over CreatesFKs.
	NoFKs bool
	// FKsUnsure: the code sets that option to a value known only at run
	// time, so neither CreatesFKs nor NoFKs can be trusted.
	FKsUnsure bool
	// HardDeletes are soft-deletable models the code deletes for real
	// (GORM's Unscoped().Delete, Bun's and go-pg's ForceDelete).
	HardDeletes []Ref
	// HardDeletesAny: the code deletes for real a model it does not name
	// statically (a generic repository), which may be any of them.
	HardDeletesAny bool
	// Inflector is the table name inflector the code gives go-pg
	// (orm.SetTableNameInflector): "identity" for one that returns its
	// argument, "custom" for any other; "" when it sets none.
	Inflector string
}

// Merge adds what o shows.
func (e *Evidence) Merge(o Evidence) {
	e.CreatesFKs = e.CreatesFKs || o.CreatesFKs
	e.NoFKs = e.NoFKs || o.NoFKs
	e.FKsUnsure = e.FKsUnsure || o.FKsUnsure
	e.HardDeletesAny = e.HardDeletesAny || o.HardDeletesAny
	switch {
	case e.Inflector == "":
		e.Inflector = o.Inflector
	case o.Inflector != "" && o.Inflector != e.Inflector:
		e.Inflector = "custom" // two inflectors: which one runs last is not known
	}
	for _, r := range o.HardDeletes {
		if !e.HardDeleted(r) {
			e.HardDeletes = append(e.HardDeletes, r)
		}
	}
}

// Empty reports whether e shows nothing.
func (e Evidence) Empty() bool {
	return !e.CreatesFKs && !e.NoFKs && !e.FKsUnsure && !e.HardDeletesAny && len(e.HardDeletes) == 0 && e.Inflector == ""
}

// FKsExist reports whether the foreign keys the ORM would create are
// evidently in the database.
func (e *Evidence) FKsExist() bool {
	return e != nil && e.CreatesFKs && !e.NoFKs && !e.FKsUnsure
}

// HardDeleted reports whether the code deletes ref's rows for real.
func (e *Evidence) HardDeleted(ref Ref) bool {
	if e == nil {
		return false
	}
	if e.HardDeletesAny {
		return true
	}
	for _, r := range e.HardDeletes {
		if r == ref {
			return true
		}
	}
	return false
}
