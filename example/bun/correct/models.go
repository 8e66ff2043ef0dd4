// Package correct is the seed's models (User, Post, Profile, Group) in
// Bun, correctly: relations declared with rel: and m2m:, the foreign keys
// and their actions on the belongs-to side, where Bun creates them.
package correct

import "github.com/uptrace/bun"

type User struct {
	bun.BaseModel `bun:"table:users"`

	ID      int64    `bun:",pk,autoincrement"`
	Name    string   `bun:",notnull"`
	Posts   []Post   `bun:"rel:has-many,join:id=author_id"`
	Profile *Profile `bun:"rel:has-one,join:id=user_id"`
	Groups  []Group  `bun:"m2m:user_groups,join:User=Group"`
}

type Post struct {
	ID       int64 `bun:",pk,autoincrement"`
	Title    string
	AuthorID int64 `bun:",notnull"`
	Author   *User `bun:"rel:belongs-to,join:author_id=id,on_delete:CASCADE"`
}

type Profile struct {
	ID     int64 `bun:",pk,autoincrement"`
	UserID int64 `bun:",unique,notnull"`
	Bio    string
	User   *User `bun:"rel:belongs-to,join:user_id=id,on_delete:CASCADE"`
}

type Group struct {
	ID      int64  `bun:",pk,autoincrement"`
	Name    string `bun:",unique"`
	Members []User `bun:"m2m:user_groups,join:Group=User"`
}

// UserGroup is the association table; register it with db.RegisterModel.
type UserGroup struct {
	bun.BaseModel `bun:"table:user_groups"`

	UserID  int64  `bun:",pk"`
	User    *User  `bun:"rel:belongs-to,join:user_id=id,on_delete:CASCADE"`
	GroupID int64  `bun:",pk"`
	Group   *Group `bun:"rel:belongs-to,join:group_id=id,on_delete:CASCADE"`
}
