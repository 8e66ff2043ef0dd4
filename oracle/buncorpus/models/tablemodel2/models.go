// Package tablemodel2 holds the models of Bun's own test
// TestTable/model2 (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablemodel2

// Model is TestTable's own, declared before the subtests (verbatim).
type Model struct {
	Foo string
	Bar string
}

// From the test:

type Model2 struct {
	Foo string
	Model
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model2)(nil)}
	Junctions = []any{}
)
