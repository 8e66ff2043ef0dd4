// Package tableembedscanonly holds the models of Bun's own test
// TestTable/embed scanonly (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableembedscanonly

// From the test:

type Model1 struct {
	Foo string
	Bar string `bun:",scanonly"`
}

type Model2 struct {
	Model1
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model1)(nil), (*Model2)(nil)}
	Junctions = []any{}
)
