package corpus

import (
	"context"

	"github.com/uptrace/bun"
)

// CreateTables creates a case's tables as the oracle reads their DDL:
// with foreign keys, which Bun adds only when asked. It is the evidence
// relcheck needs before it speaks of what the database does with them.
func CreateTables(ctx context.Context, db *bun.DB, c string) error {
	for _, m := range Cases[c] {
		if _, err := db.NewCreateTable().Model(m).WithForeignKeys().Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
