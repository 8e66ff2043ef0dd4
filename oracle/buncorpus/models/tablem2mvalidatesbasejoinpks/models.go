// Package tablem2mvalidatesbasejoinpks holds the models of Bun's own test
// TestTable/m2m validates base join pks (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tablem2mvalidatesbasejoinpks

import "github.com/uptrace/bun/schema"

// BaseModel: the test file is in package schema, where BaseModel is
// schema.BaseModel; bun.BaseModel is an alias of it too.
type BaseModel = schema.BaseModel

// From the test:

type Item struct {
	ID int64 `bun:",pk"`
}

type Order struct {
	BaseModel `bun:"orders"`

	ID int64 `bun:",pk"`
}

type OrderToItem struct {
	BaseModel `bun:"order_to_items"`

	OrderID int64  `bun:",pk"`
	Order   *Order `bun:"rel:belongs-to,join:order_id=id"`
	ItemID  int64  `bun:",pk"`
	Item    *Item  `bun:"rel:belongs-to,join:item_id=id"`
}

type OrderWrap struct {
	BaseModel `bun:"orders,alias:orders"`

	OtherID int64  `bun:"other_id,pk"`
	Items   []Item `bun:"m2m:order_to_items,join:Order=Item"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Item)(nil), (*Order)(nil), (*OrderToItem)(nil), (*OrderWrap)(nil)}
	Junctions = []any{(*OrderToItem)(nil)}
)
