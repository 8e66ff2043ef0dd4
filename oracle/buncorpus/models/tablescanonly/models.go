// Package tablescanonly holds the models of Bun's own test
// TestTable/scanonly (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablescanonly

// From the test:

type Model1 struct {
	Foo string
	Bar string
}

type Model2 struct {
	XXX Model1 `bun:",scanonly"`
	Baz string `bun:",scanonly"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model1)(nil), (*Model2)(nil)}
	Junctions = []any{}
)
