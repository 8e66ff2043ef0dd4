package bunrels

import "github.com/uptrace/bun"

// The program creates its tables with their foreign keys.
func migrate(db *bun.DB) { db.NewCreateTable().Model((*User)(nil)).WithForeignKeys() }

func purge(db *bun.DB) { db.NewDelete().Model((*Bin)(nil)).WherePK().ForceDelete() }
