package bundb

import (
	"strings"
	"testing"

	"github.com/uptrace/bun"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// set-default-ineffective: Bun pastes SET DEFAULT into the DDL; the key
// has no default.
type SDUser struct {
	bun.BaseModel `bun:"table:sd_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
}

type SDPost struct {
	bun.BaseModel `bun:"table:sd_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	Title         string
	AuthorID      int64
	Author        *SDUser `bun:"rel:belongs-to,join:author_id=id,on_delete:SET DEFAULT"`
}

func TestSetDefaultIneffective(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*SDUser)(nil), (*SDPost)(nil))
		u := SDUser{Name: "ann"}
		insert(t, db, &u)
		p := SDPost{Title: "hello", AuthorID: u.ID}
		insert(t, db, &p)
		_, err := db.NewDelete().Model(&u).WherePK().Exec(ctx)
		if db.kind == dbs.MySQL {
			// InnoDB stored RESTRICT.
			const want = "Error 1451 (23000): Cannot delete or update a parent row"
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("delete: %v, want %s", err, want)
			}
			return
		}
		must(t, err)
		var got SDPost
		must(t, db.NewSelect().Model(&got).Where("id = ?", p.ID).Scan(ctx))
		if got.AuthorID != 0 {
			t.Fatalf("read back %d, want 0", got.AuthorID)
		}
		got.Title = "renamed"
		if _, err := db.NewUpdate().Model(&got).WherePK().Exec(ctx); err == nil {
			t.Fatal("updating the post succeeded: the bug is gone?")
		}
	})
}
