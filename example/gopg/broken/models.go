// Package broken is the seed's models in go-pg v10 with mistakes go-pg
// accepts silently:
//
//	cd example && go tool relcheck ./gopg/broken/...
package broken

import "github.com/go-pg/pg/v10/orm"

func init() {
	orm.RegisterTable((*UserGroup)(nil))
}

type User struct {
	tableName struct{} `pg:"users"`

	ID      int64
	Name    string   `pg:",notnul"`                                          // tag-syntax: go-pg ignores the misspelled option
	Posts   []Post   `pg:"rel:has-many,join_fk:author_id,on_delete:CASCADE"` // cascade-ineffective: go-pg reads on_delete only on the key column
	Profile *Profile `pg:"rel:belongs-to"`                                   // one-to-one-unique: Profile.UserID is not unique
	Groups  []Group  `pg:"many2many:user_groups"`
}

type Post struct {
	ID       int64
	Title    string
	AuthorID int64 `pg:",notnull"`
	Author   *User `pg:"rel:has-one"`
	Editor   *User `pg:"rel:has-one"` // fk-missing: no editor_id, go-pg silently joins posts.id = users.id
}

type Profile struct {
	ID     int64
	UserID int64 `pg:",notnull,on_delete:SET NULL"`
	Bio    string
	User   *User `pg:"rel:has-one"` // set-null-not-nullable: UserID is NOT NULL
}

type Group struct {
	ID      int64
	Name    string `pg:",unique"`
	Members []User `pg:"many2many:user_groups"`
}

type UserGroup struct {
	tableName struct{} `pg:"user_groups"`

	UserID  int64  `pg:",pk"`
	User    *User  `pg:"rel:has-one"`
	GroupID int64  `pg:",pk"`
	Group   *Group `pg:"rel:has-one"`
}
