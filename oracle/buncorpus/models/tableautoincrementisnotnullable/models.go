// Package tableautoincrementisnotnullable holds the models of Bun's own test
// TestTable/autoincrement is not nullable (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableautoincrementisnotnullable

// From the test:

type Thing struct {
	Counter int `bun:",autoincrement"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Thing)(nil)}
	Junctions = []any{}
)
