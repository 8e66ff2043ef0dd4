// Package tabletablename holds the models of Bun's own test
// TestTable/table name (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tabletablename

import "github.com/uptrace/bun/schema"

// BaseModel: the test file is in package schema, where BaseModel is
// schema.BaseModel; bun.BaseModel is an alias of it too.
type BaseModel = schema.BaseModel

// From the test:

type Model struct {
	BaseModel `bun:"custom_name,alias:custom_alias"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model)(nil)}
	Junctions = []any{}
)
