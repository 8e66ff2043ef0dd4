package model

// Kind is what a relation looks like from the side that declares it.
type Kind string

const (
	BelongsTo  Kind = "belongs-to"
	HasOne     Kind = "has-one"
	HasMany    Kind = "has-many"
	ManyToMany Kind = "many-to-many"
)

// Side says which model holds the foreign-key columns. Rules reason about
// this, never about the tag word: go-pg's "has-one" is GORM's belongs-to.
type Side string

const (
	SideOwner  Side = "owner"  // the declaring model holds the FK (belongs-to)
	SideTarget Side = "target" // the other model holds it (has-one, has-many)
	SideJoin   Side = "join"   // a join table holds both (many-to-many)
)

// Enforcement says who carries out on-delete and on-update.
type Enforcement string

const (
	EnforceDatabase    Enforcement = "database"    // a FOREIGN KEY constraint
	EnforceApplication Enforcement = "application" // the ORM, at runtime
	EnforceNone        Enforcement = "none"        // nobody: no constraint is created
)

// Relation is one relationship field of a model.
type Relation struct {
	Name   string // the Go field that declares it
	Owner  Ref
	Target Ref
	Kind   Kind
	Many   bool   // the field is a slice
	Embed  string // path of the embedded struct declaring it, "" if none
	Pos    Pos
	Tag    *Tag

	// FKSide is the model holding ForeignKey; References name fields of the
	// other model (for many-to-many: ForeignKey names fields of Owner and
	// References fields of Target, both referenced by Join's columns).
	FKSide     Side
	ForeignKey []string
	References []string
	// ExplicitFK and ExplicitRefs are true when the tag named the keys.
	ExplicitFK   bool
	ExplicitRefs bool

	Join *JoinTable
	Poly *Polymorphic

	// Inverse names the relation of Target that this one declares as its
	// inverse (ent's Ref, Beego's reverse); "" where the ORM infers it.
	Inverse string

	OnDelete string // as written, "" when absent
	OnUpdate string
	// ActionsOn names where the ORM reads this relation's actions when
	// that is not the relation's own tag: go-pg reads them from the
	// foreign-key column ("Post.AuthorID"). "" means the relation field.
	ActionsOn   string
	Enforcement Enforcement
	// Constraint is false when the ORM will not create a database
	// constraint for this relation even though it resolves (polymorphic,
	// "constraint:-", or a belongs-to whose inverse owns the constraint).
	Constraint bool
	// NoConstraint says why there is none, in the ORM's terms.
	NoConstraint string

	// Unresolved is set when the ORM cannot resolve the relation and will
	// fail (or silently misbehave) at first use.
	Unresolved *Unresolved

	// Narrowed: a join condition of the tag (Bun's join_on) limits which
	// target rows load, beyond the keys.
	Narrowed bool

	// Chain is the builder chain that declares the relation (ent), nil
	// for tagged struct fields.
	Chain *Chain
	// ActionFixes move an action the ORM ignores here to where it reads
	// it, when the dialect found one unambiguous place.
	ActionFixes []Fix

	// PassedOver describes another reading of the same field that would
	// also have resolved and that the ORM silently did not pick (GORM
	// tries has-one before belongs-to): ForeignKey on the FKSide model.
	PassedOver *Reading
}

// Reading is one way a relation field could be resolved.
type Reading struct {
	Kind       Kind
	FKSide     Side
	ForeignKey []string
	// Swapped: this reading takes the tag's foreignKey as the references
	// and its references as the foreign key.
	Swapped bool
}

// JoinTable is the association table of a many-to-many relation.
type JoinTable struct {
	// Custom is set when the program supplies its own join model
	// (GORM's SetupJoinTable): its columns are not the derived ones.
	Custom bool
	Table  string
	// Option is the tag option that names the table ("many2many") and
	// Name its value as written, so a fix can copy one side's name.
	Option        string
	Name          string
	OwnerColumns  []string // columns referencing the owner's keys
	TargetColumns []string // columns referencing the target's keys
}

// Polymorphic describes a polymorphic has-one/has-many: the target holds a
// type column and an id column, and Value tells owners apart.
type Polymorphic struct {
	TypeField string
	IDField   string
	Value     string
}

// Unresolved says why the ORM cannot resolve a relation.
type Unresolved struct {
	Option  string // the tag option at fault ("foreignKey", ...), "" if none
	Name    string // the value that did not resolve
	In      Ref    // the model it was looked up in
	Reason  string // what is wrong, in a short clause (the headline)
	Why     string // what the ORM does about it, when it does not fail (the detail)
	ORMSays string // what the ORM itself reports, when known
	Fatal   bool   // the ORM fails (rather than silently falling back)
	Advice  string // how to fix it, when the dialect knows better than "add the key"
	// Suggest is a replacement for Name, one edit away, that the dialect
	// has checked would resolve the relation ("did you mean").
	Suggest string
	// Fixes are edits the dialect worked out from code (ent's builder
	// calls), for relations that have no tag to edit.
	Fixes []Fix
}

// Problem is something a dialect found wrong in a tag, kept as data so the
// dialect stays pure; the tag-syntax rule turns it into a diagnostic.
type Problem struct {
	Field   string
	Pos     Pos    // the field, used when the tag has no position
	Tag     *Tag   // nil for a tag the ORM cannot read at all
	Message string // the headline, from the field's name on
	Detail  string // what the ORM does with it, when that does not fit the headline
	// Start and End delimit the offending bytes of Tag.Value. When Fix
	// is set, Replace is the exact text that should stand there.
	Start, End int
	Fix        bool
	Replace    string
	// Warning: what the ORM ignores changes nothing that matters, but
	// the tag says something untrue.
	Warning bool
	// Fixes replace code the dialect read (ent's builder calls), for
	// problems that are not in a tag.
	Fixes []Fix
}

// StrayAction is an ON DELETE/ON UPDATE written on a column that no
// foreign key the ORM creates reads (go-pg: on_delete on a column that no
// rel:has-one uses as its key). It never fires.
type StrayAction struct {
	Field  string // the column's Go field, "" when written elsewhere
	Pos    Pos    // where it is written, when Field is ""
	Tag    *Tag   // its tag, to point at the option
	Option string // the option's key, "on_delete"
	Action string // "ON DELETE CASCADE"
	Why    string // why nothing reads it
	Fix    string // what to do instead; "" for the default advice
	// Chain is where it is written, when that is a builder call (ent's
	// schema-level Annotations), and Fixes the edits that move it.
	Chain *Chain
	Fixes []Fix
}
