// Package tablemodel1 holds the models of Bun's own test
// TestTable/model1 (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablemodel1

// Model is TestTable's own, declared before the subtests (verbatim).
type Model struct {
	Foo string
	Bar string
}

// From the test:

type Model1 struct {
	Model
	Foo string
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model1)(nil)}
	Junctions = []any{}
)
