// Package broken is the seed's models in Bun with mistakes Bun accepts
// silently or fails on at first use:
//
//	cd example && go tool relcheck ./bun/broken/...
package broken

import "github.com/uptrace/bun"

type User struct {
	bun.BaseModel `bun:"table:users"`

	ID      int64    `bun:",pk,autoincrement"`
	Name    string   `bun:",notnul"`                                          // tag-syntax: Bun ignores the misspelled option
	Posts   []Post   `bun:"rel:has-many,join:id=author_id,on_delete:CASCADE"` // cascade-ineffective: Bun reads on_delete only on belongs-to
	Profile *Profile `bun:"rel:has-one,join:id=user_id"`                      // one-to-one-unique: Profile.UserID is not unique
	Groups  []Group  `bun:"m2m:user_groups,join:User=Group"`
}

type Post struct {
	ID       int64 `bun:",pk,autoincrement"`
	Title    string
	AuthorID int64
	Author   *User `bun:"rel:belongs-to,join:author_id=id"`
	Editor   *User `bun:"rel:belongs-to"` // fk-missing: no editor_id, Bun silently joins posts.id = users.id
}

type Profile struct {
	ID     int64 `bun:",pk,autoincrement"`
	UserID int64
	Bio    string
	User   *User `bun:"rel:belongs-to,join:user_id=id,on_delete:SET NULL"` // set-null-not-nullable: UserID is int64
}

type Group struct {
	ID      int64  `bun:",pk,autoincrement"`
	Name    string `bun:",unique"`
	Members []User `bun:"m2m:user_groups,join:Group=User"`
}

type UserGroup struct {
	bun.BaseModel `bun:"table:user_groups"`

	UserID  int64  `bun:",pk"`
	User    *User  `bun:"rel:belongs-to,join:user_id=id"`
	GroupID int64  `bun:",pk"`
	Group   *Group `bun:"rel:belongs-to,join:group_id=id"`
}
