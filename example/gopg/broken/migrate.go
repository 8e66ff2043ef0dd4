package broken

import "github.com/go-pg/pg/v10/orm"

// CreateTables creates the tables with their foreign keys, which go-pg
// adds only when asked (FKConstraints).
func CreateTables(db orm.DB) error {
	for _, m := range []any{(*User)(nil), (*Post)(nil), (*Profile)(nil), (*Group)(nil), (*UserGroup)(nil)} {
		if err := db.Model(m).CreateTable(&orm.CreateTableOptions{FKConstraints: true}); err != nil {
			return err
		}
	}
	return nil
}
