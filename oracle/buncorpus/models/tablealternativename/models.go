// Package tablealternativename holds the models of Bun's own test
// TestTable/alternative name (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablealternativename

// Model is TestTable's own, declared before the subtests (verbatim).
type Model struct {
	Foo string
	Bar string
}

// From the test:

type ModelTest struct {
	Model
	Foo string `bun:"alt:alt_name"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*ModelTest)(nil)}
	Junctions = []any{}
)
