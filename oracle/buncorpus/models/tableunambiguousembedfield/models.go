// Package tableunambiguousembedfield holds the models of Bun's own test
// TestTable/unambiguous embed field (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableunambiguousembedfield

// From the test:

type Perms struct {
	View   bool
	Create bool
}

type Role struct {
	Perms        // should be ignore
	Foo    Perms `bun:"embed:foo_"`
	View   bool
	Create bool
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Perms)(nil), (*Role)(nil)}
	Junctions = []any{}
)
