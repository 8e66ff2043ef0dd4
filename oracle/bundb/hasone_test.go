package bundb

import (
	"context"
	"strings"
	"testing"

	"github.com/uptrace/bun"
)

// A has-one beside a has-many over the same, non-unique key: Bun loads the
// has-one with a JOIN in the parent's query.
type HOUser struct {
	bun.BaseModel `bun:"table:ho_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*HOPost `bun:"rel:has-many,join:id=user_id"`
	Latest        *HOPost   `bun:"rel:has-one,join:id=user_id"`
}

type HOPost struct {
	bun.BaseModel `bun:"table:ho_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	UserID        int64
	Pinned        bool
}

// The same, with the has-one narrowed by join_on to at most one row.
type HONarrowUser struct {
	bun.BaseModel `bun:"table:ho_narrow_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*HONarrowPost `bun:"rel:has-many,join:id=user_id"`
	Pinned        *HONarrowPost   `bun:"rel:has-one,join:id=user_id,join_on:pinned = true"`
}

type HONarrowPost struct {
	bun.BaseModel `bun:"table:ho_narrow_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	UserID        int64
	Pinned        bool
}

func TestHasOneBesideHasManyRepeatsParent(t *testing.T) {
	ctx := context.Background()
	t.Run("bug", func(t *testing.T) {
		each(t, func(t *testing.T, db *conn) {
			create(t, db, (*HOUser)(nil), (*HOPost)(nil))
			us := []HOUser{{Name: "a"}, {Name: "b"}}
			_, err := db.NewInsert().Model(&us).Exec(ctx)
			must(t, err)
			_, err = db.NewInsert().Model(&[]HOPost{{UserID: us[0].ID}, {UserID: us[0].ID, Pinned: true}}).Exec(ctx)
			must(t, err)

			var viaMany []HOUser
			must(t, db.NewSelect().Model(&viaMany).Relation("Posts").Scan(ctx))
			if len(viaMany) != 2 {
				t.Fatalf("has-many: %d users, want 2", len(viaMany))
			}
			var viaOne []HOUser
			q := db.NewSelect().Model(&viaOne).Relation("Latest")
			if s := q.String(); !strings.Contains(s, "LEFT JOIN") {
				t.Fatalf("Bun no longer loads a has-one by JOIN: %s", s)
			}
			must(t, q.Scan(ctx))
			if len(viaOne) != 3 {
				t.Fatalf("has-one: %d users for 2 in the table, want 3 (the first repeated): the bug is gone?", len(viaOne))
			}
			t.Logf("Relation(%q) returned %d users for 2 rows", "Latest", len(viaOne))
		})
	})
	t.Run("narrowed", func(t *testing.T) {
		each(t, func(t *testing.T, db *conn) {
			create(t, db, (*HONarrowUser)(nil), (*HONarrowPost)(nil))
			us := []HONarrowUser{{Name: "a"}, {Name: "b"}}
			_, err := db.NewInsert().Model(&us).Exec(ctx)
			must(t, err)
			_, err = db.NewInsert().Model(&[]HONarrowPost{{UserID: us[0].ID}, {UserID: us[0].ID, Pinned: true}}).Exec(ctx)
			must(t, err)
			var got []HONarrowUser
			must(t, db.NewSelect().Model(&got).Relation("Pinned").Scan(ctx))
			// Bun v1.3 adds join_on to the query's WHERE: a parent comes back
			// at most once per matching child, never once per child.
			seen := map[int64]bool{}
			for _, u := range got {
				if seen[u.ID] {
					t.Fatalf("narrowed has-one repeated user %d: %+v", u.ID, got)
				}
				seen[u.ID] = true
			}
			if len(got) == 0 || got[0].Pinned == nil || !got[0].Pinned.Pinned {
				t.Fatalf("the narrowed has-one did not load the pinned post: %+v", got)
			}
			// A side effect of the WHERE: a user with no pinned post is not
			// returned at all.
			if len(got) != 1 {
				t.Fatalf("narrowed has-one: %d users, want 1 (Bun puts join_on in WHERE)", len(got))
			}
		})
	})
}
