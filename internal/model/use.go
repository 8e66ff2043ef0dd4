package model

// Use is a relation named at a call site: a compile-time constant that a
// query hands to the ORM (GORM Preload, Bun Relation), and the model the
// query is about. The analyzer finds uses with each dialect's call-site
// vocabulary; rules check them against the model. Uses stay in the
// package that makes them and never travel in facts.
type Use struct {
	Model  Ref    // the model the query is about
	Method string // the method as called: "Preload"
	Path   string // the constant relation name or dotted path
	Pos    Pos    // the argument
	// LitEnd is the end offset of the argument when it is one string
	// literal, so a fix can replace it whole; 0 otherwise.
	LitEnd int
	// Name and NameEnd span the method name, for a fix that calls
	// another method; Args counts the call's arguments.
	Name    Pos
	NameEnd int
	Args    int
	Read    PathRead
}

// PathRead is how an ORM reads the string a method is given, as data so
// rules stay ORM-neutral.
type PathRead struct {
	ORM string // the ORM's name in messages
	// Nested: "A.B" names A, then B on A's model. Otherwise the whole
	// string is one relation name.
	Nested bool
	// ColumnTail: after the first step, a step that is not a relation
	// ends the path, and its last name selects a column of the model
	// reached so far ("_" for none) (go-pg). ColumnSays is what the ORM
	// does when there is no such column, with {column} and {model}.
	ColumnTail bool
	ColumnSays string
	// Embedded: a step may name an embedded struct whose relations it
	// reaches (GORM's Preload("Base.Rel")); such paths are not judged.
	Embedded bool
	// Wildcard is a step that stands for every relation (GORM's
	// clause.Associations), "" if none; the path ends there.
	Wildcard string
	// OneOnly: the ORM loads only has-one and belongs-to relations this
	// way (GORM Joins); HasMany and ManyToMany say what it does with the
	// others.
	OneOnly             bool
	HasMany, ManyToMany string
	// Raw: a string that is not a relation path is raw SQL to the ORM
	// (GORM Joins), so only identifier paths are judged.
	Raw bool
	// Says is what the ORM does with a missing step, with {step},
	// {path}, {model}, {query} and {table} standing for the failing step,
	// the whole path, the model the step is looked up on, the query's
	// model and its table.
	Says string
	// Instead is the method that loads what OneOnly cannot ("Preload"),
	// "" when calling it instead would change what the query means; Advice
	// says what to do, in the ORM's terms, and Caveat what else that
	// takes (shown with the finding's detail, not its headline).
	Instead string
	Advice  string
	Caveat  string
}
