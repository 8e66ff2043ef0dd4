package gopgrels

import (
	"github.com/go-pg/pg/v10"
	"github.com/go-pg/pg/v10/orm"
)

// The program creates its tables with their foreign keys.
func migrate(db *pg.DB) error {
	return db.Model((*User)(nil)).CreateTable(&orm.CreateTableOptions{FKConstraints: true})
}

func purge(db *pg.DB, r *Reel) { db.Model(r).WherePK().ForceDelete() }
