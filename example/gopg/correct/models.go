// Package correct is the seed's models (User, Post, Profile, Group) in
// go-pg v10, correctly. go-pg's words differ from GORM's and Bun's: its
// rel:has-one keeps the foreign key on the declaring model (Post.Author),
// its rel:belongs-to and rel:has-many on the other one. Foreign keys and
// their actions come from the has-one side, the action on the key column.
package correct

import "github.com/go-pg/pg/v10/orm"

func init() {
	// many2many join tables must be registered before first use.
	orm.RegisterTable((*UserGroup)(nil))
}

type User struct {
	tableName struct{} `pg:"users"`

	ID      int64
	Name    string   `pg:",notnull"`
	Posts   []Post   `pg:"rel:has-many,join_fk:author_id"`
	Profile *Profile `pg:"rel:belongs-to"`
	Groups  []Group  `pg:"many2many:user_groups"`
}

type Post struct {
	ID       int64
	Title    string
	AuthorID int64 `pg:",notnull,on_delete:CASCADE"`
	Author   *User `pg:"rel:has-one"`
	EditorID *int64
	Editor   *User `pg:"rel:has-one"`
}

type Profile struct {
	ID     int64
	UserID *int64 `pg:",unique,on_delete:SET NULL"`
	Bio    string
	User   *User `pg:"rel:has-one"`
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
