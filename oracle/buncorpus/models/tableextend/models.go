// Package tableextend holds the models of Bun's own test
// TestTable/extend (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableextend

import "github.com/uptrace/bun/schema"

// BaseModel: the test file is in package schema, where BaseModel is
// schema.BaseModel; bun.BaseModel is an alias of it too.
type BaseModel = schema.BaseModel

// From the test:

type Model1 struct {
	BaseModel `bun:"custom_name,alias:custom_alias"`
}

type Model2 struct {
	Model1 `bun:",extend"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Model1)(nil), (*Model2)(nil)}
	Junctions = []any{}
)
