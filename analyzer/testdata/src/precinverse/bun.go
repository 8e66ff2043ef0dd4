package precinverse // want package:"models"

import "github.com/uptrace/bun"

// Bun: a role belongs-to beside a has-many over another column. Silent.
type BunUser struct {
	bun.BaseModel `bun:"table:bun_users"`
	ID            int64      `bun:",pk"`
	Posts         []*BunPost `bun:"rel:has-many,join:id=bun_user_id"`
	Notes         []*BunNote `bun:"rel:has-many,join:id=bun_user_id"`
}

type BunPost struct {
	ID        int64 `bun:",pk"`
	BunUserID int64
	EditorID  int64
	Editor    *BunUser `bun:"rel:belongs-to,join:editor_id=id"`
}

// Bun writes no relation on save: the warning claims only the columns.
type BunNote struct {
	ID          int64 `bun:",pk"`
	BunUserID   int64
	OwnerUserID int64
	BunUser     *BunUser `bun:"rel:belongs-to,join:owner_user_id=id"` // want `BunNote\.BunUser and BunUser\.Notes use different foreign keys; if one relation, share one with join:`
}
