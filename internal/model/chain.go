package model

// Chain locates a relation or field declared by a chain of builder calls
// (ent's edge.To("pets", Pet.Type).Unique()), so that a dialect can work
// out fixes that edit calls rather than tags.
type Chain struct {
	End Pos // just past the last call: where another call is appended
	// Annotations is where one more argument of the chain's own
	// Annotations(...) call goes, after Sep; invalid when it has none.
	Annotations Pos
	Sep         string
	// Drop..DropEnd removes the OnDelete annotation, with the call or the
	// comma that goes with it; Drop is invalid when it cannot be removed
	// alone. DropUses counts the annotation package's name in that span.
	Drop     Pos
	DropEnd  int
	DropUses int
	File     *FileImports
}

// FileImports is how a chain's file imports the package its annotations
// come from (ent's entsql), for fixes that move an annotation between
// files.
type FileImports struct {
	Name string // the file's name for the package, "" when not imported
	Uses int    // how often the file refers to that name
	// Spec..SpecEnd removes the import, once a fix leaves it unused.
	Spec    Pos
	SpecEnd int
	// At is where a new import goes: in the `import (` block when Paren
	// (before the spec at At when Before, else after At), else before
	// the first import declaration.
	At     Pos
	Paren  bool
	Before bool
	// Blocked: the package is imported in a way fixes do not handle
	// (dot or blank import).
	Blocked bool
}

// Fix is a fix a dialect works out from code rather than from a tag:
// exact byte edits, possibly in several files of the package.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces bytes [Pos.Offset, End) of Pos.File with New.
type Edit struct {
	Pos Pos
	End int
	New string
}
