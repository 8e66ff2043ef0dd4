package correct

import (
	"context"

	"github.com/uptrace/bun"
)

// CreateTables creates the tables with their foreign keys, which Bun adds
// only when asked (WithForeignKeys).
func CreateTables(ctx context.Context, db *bun.DB) error {
	db.RegisterModel((*UserGroup)(nil))
	for _, m := range []any{(*User)(nil), (*Post)(nil), (*Profile)(nil), (*Group)(nil), (*UserGroup)(nil)} {
		if _, err := db.NewCreateTable().Model(m).WithForeignKeys().Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}
