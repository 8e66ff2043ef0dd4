package migrations

import (
	"context"
	"database/sql"

	"github.com/pressly/goose/v3"
)

// A goose Go migration: its up function's constant SQL is read, the down
// function's never.
func init() {
	goose.AddMigrationContext(upBackfill, downBackfill)
}

func upBackfill(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE posts SET title = slug WHERE title IS NULL")
	return err
}

func downBackfill(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "DROP TABLE posts")
	return err
}
