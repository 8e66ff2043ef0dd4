// Package tablesimple holds the models of Bun's own test
// TestTable/simple (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablesimple

// From the test:

type Model struct {
	ID  int `bun:",pk"`
	Foo string
	Bar string
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model)(nil)}
	Junctions = []any{}
)
