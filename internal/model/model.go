// Package model is relcheck's ORM-neutral description of models, fields,
// keys and relations. Dialects produce it, rules read it, and the analyzer
// carries it across packages as facts, so it holds plain data only: no
// pointers between models, no go/types values, and it must gob-encode.
package model

import "fmt"

// Pos is a source position that survives the trip through facts. token.Pos
// values do not (each analysis unit has its own FileSet), so positions are
// stored by file name and byte offset and turned back into token.Pos by the
// analyzer when the file belongs to the package being analysed.
type Pos struct {
	File   string
	Offset int
	Line   int
	Col    int
}

func (p Pos) IsValid() bool { return p.File != "" }

func (p Pos) String() string {
	if !p.IsValid() {
		return "-"
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Ref names a model: the package path and the Go type name.
type Ref struct {
	Pkg  string
	Name string
}

func (r Ref) String() string { return r.Pkg + "." + r.Name }

// Model is one struct type that an ORM maps to a table.
type Model struct {
	Ref     Ref
	Dialect string // "gorm", "bun", ...
	Table   string
	Pos     Pos // the type name
	// TableBase is the name an ORM's table name inflector turned into
	// Table (go-pg: the underscored type name, pluralised unless the
	// program sets another inflector); "" when the table was named.
	TableBase string

	Fields     []*Field
	PrimaryKey []string // Go field names, in order
	// UniqueKeys are composite unique constraints or indexes, by Go field
	// names (single-column ones are Field.Unique).
	UniqueKeys [][]string
	SoftDelete bool // deletes only mark rows, so database cascades never fire
	// IndexesElsewhere is set when the model declares indexes in code
	// (an Indexes method), so tags do not tell the whole story and
	// rules about uniqueness and indexes stay silent.
	IndexesElsewhere bool

	Relations []*Relation
	Problems  []Problem // what the dialect could not make sense of
	// StrayActions are referential actions declared where no foreign key
	// the ORM creates carries them.
	StrayActions []StrayAction
	// Flips are relations whose foreign key the other side's declaration
	// moved into the other table, turning their action around.
	Flips []Flip
	// Partial is set when the dialect could not read all of the model's
	// fields and relations (built by a helper, in a loop, by a mixin of
	// another package): rules that need the whole set stay silent on it.
	Partial bool
	// KeyName is the type name the ORM derives default key and table
	// names from, when it is not Ref.Name: go-pg's inherit and Bun's
	// extend take the embedded type's, and a function-local type's Ref
	// names its function too. Read it through TypeName.
	KeyName string

	// Vocab is how this model's ORM spells the options rules may add.
	Vocab Vocab
}

// Vocab names the tag options a fix adds, in the model's ORM's words, and
// where to add them. Rules stay ORM-neutral by going through it.
type Vocab struct {
	ORM    string // the ORM's name in messages: "GORM", "Bun", "go-pg"
	TagKey string // "gorm", "bun", "pg"
	Sep    string // between options: ";" for GORM, "," for Bun
	Unique string // a single-column unique index: "uniqueIndex", "unique"
	Index  string // a plain index, "" when the ORM has no tag for one
	// NullZero makes the ORM write a zero key as NULL ("nullzero" in Bun);
	// "" when it has none.
	NullZero string
	// Lead goes before an option that would come first in the tag: Bun
	// reads a leading bare word as the column name, so it needs ",".
	Lead string
	// FKOption is the option that names a relation's keys ("foreignKey:",
	// "join:"); HardDelete is how to delete past a soft delete.
	FKOption   string
	HardDelete string
	// FailsAt is when the ORM reports a relation it cannot resolve, ""
	// for "at first use" (entc: "at code generation").
	FailsAt string
	// HasOneJoins: the ORM loads a has-one with a JOIN in the parent's
	// own query (Bun, go-pg), so every further matching child row
	// returns the parent once more. GORM preloads it by a second query.
	HasOneJoins bool
	// JoinCondition is the tag option that narrows a relation's join
	// ("join_on:" in Bun); "" when the ORM has none.
	JoinCondition string
	// SavesRelations: saving a model writes the keys of the related
	// models set on it (GORM's association saving), so a relation set on
	// one side is stored in that side's key column only.
	SavesRelations bool
	// FKTypeFromKey: migrations give a foreign-key column the referenced
	// key's column type (GORM), rather than the FK field's own Go type
	// (Bun, go-pg).
	FKTypeFromKey bool
	// Database is the one database the ORM runs on (go-pg: Postgres), ""
	// when it supports several.
	Database string
	// StringColumn is the PostgreSQL type the ORM gives a Go string
	// column, as PostgreSQL names it in errors.
	StringColumn string
}

// Databases, as the -database flag and Graph.Databases name them.
const (
	Postgres  = "postgres"
	MySQL     = "mysql" // MySQL and MariaDB
	SQLite    = "sqlite"
	SQLServer = "sqlserver"
)

// Field is one Go struct field that maps to a column (relation fields are
// described by Relation, not here).
type Field struct {
	Name   string // Go name (promoted name for embedded fields)
	Path   string // dotted path from the model, e.g. "Base.ID"
	Column string
	Type   Type
	Pos    Pos
	Tag    *Tag // the ORM's tag on this field, nil if none
	// Lit is where the field's whole tag literal sits, or where one
	// would go (right after the type) when the field has none.
	Lit     Pos
	LitLen  int  // 0 when the field has no tag literal
	LitRaw  bool // the literal is a raw string
	TypePos Pos  // the field's type expression, for "make it a pointer"

	Ignored    bool // excluded from reads and writes ("-"); GORM still finds it by name
	PrimaryKey bool
	Unique     bool // a single-column unique constraint or unique index
	Indexed    bool // any index whose first column is this field
	NotNull    bool
	// NotNullBy is what to drop to make the column nullable, when that
	// is not a "not null" tag option (ent: "Required() from Pet.owner").
	NotNullBy string
	// Used is true when the model's package refers to the field outside
	// its declaration, so a change of its type could break that code.
	Used    bool
	Default bool // the column has a default value (a default: tag)
	// Chain is the builder chain that declares the field (ent), nil for
	// tagged struct fields.
	Chain *Chain
}

// TypeClass is what a column's values are, as far as key compatibility goes.
type TypeClass string

const (
	ClassInt    TypeClass = "integer" // signed and unsigned alike
	ClassString TypeClass = "string"
	ClassUUID   TypeClass = "uuid" // 16-byte arrays such as uuid.UUID
	ClassFloat  TypeClass = "float"
	ClassBool   TypeClass = "bool"
	ClassTime   TypeClass = "time"
	ClassBytes  TypeClass = "bytes"
	ClassOther  TypeClass = "other" // unknown: never compared
)

// Type describes a column's Go type.
type Type struct {
	Go       string // as written, e.g. "*uint", "sql.NullInt64"
	Class    TypeClass
	Nullable bool // can hold NULL: pointer, sql.Null*, or a Scanner wrapper
}

// Tag is one struct tag key with its options and where each one sits, so a
// fix can rewrite exactly one option and leave the rest byte-for-byte.
type Tag struct {
	Key     string // "gorm"
	Value   string // the raw value, unquoted
	Pos     Pos    // the first byte of Value in the file
	Raw     bool   // the tag literal is a raw string, so offsets map 1:1
	Options []Option
	// Open: an option written after Value would not be read as one of its
	// own (an unclosed quote or parenthesis, a trailing escape swallows
	// it), so no fix may append to this tag.
	Open bool
}

// Option is one setting inside a tag value, e.g. "foreignKey:UserID".
type Option struct {
	Key        string // as written, trimmed
	Value      string // the value as the ORM sees it, "" when absent
	HasValue   bool   // a ':' (or '=') separated key and value
	Start, End int    // byte span of the whole option within Tag.Value
	ValueStart int    // byte offset of the value within Tag.Value, -1 if none
}

// Option returns the first option whose key matches (case-insensitively).
func (t *Tag) Option(key string) (Option, bool) {
	if t == nil {
		return Option{}, false
	}
	for _, o := range t.Options {
		if equalFold(o.Key, key) {
			return o, true
		}
	}
	return Option{}, false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'a' <= x && x <= 'z' {
			x -= 'a' - 'A'
		}
		if 'a' <= y && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// TypeName is the Go type name the ORM sees (reflect's Type.Name, or
// the one an inherit or extend takes over): what default keys and
// table names derive from.
func (m *Model) TypeName() string {
	if m.KeyName != "" {
		return m.KeyName
	}
	return m.Ref.Name
}

// Field returns the field with the given Go name, or nil.
func (m *Model) Field(name string) *Field {
	for _, f := range m.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Column returns the first field with that column name, or nil.
func (m *Model) Column(name string) *Field {
	for _, f := range m.Fields {
		if f.Column == name {
			return f
		}
	}
	return nil
}

// Relation returns the relation declared by the named field, or nil.
func (m *Model) Relation(name string) *Relation {
	for _, r := range m.Relations {
		if r.Name == name {
			return r
		}
	}
	return nil
}

// Compatible reports whether a foreign key of class fk can hold the
// values of a key of class ref. Integers of any width or sign match each
// other; strings match 16-byte UUID types (their drivers write text). A
// string key can also hold an integer key when the ORM migrates the column
// with the referenced key's type (fromKey: GORM), since database/sql
// converts digits both ways (GORM's own test models rely on it); where the
// column keeps the Go type (Bun, go-pg) it is text, which PostgreSQL will
// not compare with an integer. An integer cannot hold "abc" either way.
// Unknown classes are never judged.
func Compatible(fk, ref TypeClass, fromKey bool) bool {
	if fk == ClassOther || ref == ClassOther || fk == ref {
		return true
	}
	textual := func(c TypeClass) bool { return c == ClassString || c == ClassUUID }
	return textual(fk) && (textual(ref) || fromKey && ref == ClassInt && fk == ClassString)
}
