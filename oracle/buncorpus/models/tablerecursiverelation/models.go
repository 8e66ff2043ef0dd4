// Package tablerecursiverelation holds the models of Bun's own test
// TestTable/recursive relation (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablerecursiverelation

// From the test:

type Item struct {
	ID     int64 `bun:",pk"`
	ItemID int64
	Item   *Item `bun:"rel:belongs-to,join:item_id=id"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Item)(nil)}
	Junctions = []any{}
)
