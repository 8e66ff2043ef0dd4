// Package tableembedscanonlyprefix holds the models of Bun's own test
// TestTable/embed scanonly prefix (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableembedscanonlyprefix

// From the test:

type Model1 struct {
	Foo string `bun:",scanonly"`
	Bar string `bun:",scanonly"`
}

type Model2 struct {
	Baz Model1 `bun:"embed:baz_"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model1)(nil), (*Model2)(nil)}
	Junctions = []any{}
)
