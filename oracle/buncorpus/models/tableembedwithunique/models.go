// Package tableembedwithunique holds the models of Bun's own test
// TestTable/embedWithUnique (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableembedwithunique

// From the test:

type Perms struct {
	View          bool
	Create        bool
	UniqueID      int `bun:",unique"`
	UniqueGroupID int `bun:",unique:groupa"`
}

type Role struct {
	Foo Perms `bun:"embed:foo_"`
	Perms
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Perms)(nil), (*Role)(nil)}
	Junctions = []any{}
)
