package bunrels // want package:"models" package:"evidence bun: creates FKs, hard-deletes Bin"

import (
	"time"

	"github.com/uptrace/bun"
)

type User struct {
	bun.BaseModel `bun:"table:users"`

	ID      int64    `bun:",pk,autoincrement"`
	Name    string   `bun:",notnull"`
	Profile *Profile `bun:"rel:has-one,join:id=user_id"`                      // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add unique to Profile\.UserID`
	Posts   []Post   `bun:"rel:has-many,join:id=author_id,on_delete:CASCADE"` // want `User\.Posts: ON DELETE CASCADE is dropped; move it to Post\.Author, which builds the key`
	Orders  []Order  `bun:"rel:has-many"`
	Tags    []Tag    `bun:"m2m:user_tags,join:User=Tag"`
	Drafts  []Post   `bun:"rel:has-many,join:id=writer_id"` // want `User\.Drafts: Post has no column "writer_id"; fix it, or add the field`
}

type Profile struct {
	ID     int64 `bun:",pk"`
	UserID int64
}

type Post struct {
	ID       int64 `bun:",pk"`
	AuthorID int64
	Author   *User `bun:"rel:belongs-to,join:author_id=id"`
}

// The defaults: user_id on the child, belongs-to through user_id.
type Order struct {
	ID     int64 `bun:",pk"`
	UserID int64 `bun:"user_id"`
	User   *User `bun:"rel:belongs-to,on_delete:SET NULL"` // want `Order\.User: ON DELETE SET NULL, but Order\.UserID is int64; make it \*int64 or tag it nullzero`
}

// A many-to-many through a registered junction, declared on both sides.
type Tag struct {
	ID    int64  `bun:",pk"`
	Users []User `bun:"m2m:user_tags,join:Tag=User"`
}

type UserTag struct {
	bun.BaseModel `bun:"table:user_tags"`

	UserID int64 `bun:",pk"`
	User   *User `bun:"rel:belongs-to,join:user_id=id"`
	TagID  int64 `bun:",pk"`
	Tag    *Tag  `bun:"rel:belongs-to,join:tag_id=id"`
}

// The silent fallback: no post_id column, so Bun joins comments.id = posts.id.
type Comment struct {
	ID   int64 `bun:",pk"`
	Post *Post `bun:"rel:belongs-to"` // want `Comment\.Post: Comment has no column post_id; add it, or write join:id=id if that join is meant`
}

// Tag grammar.
type Item struct {
	ID      int64     `bun:",pk"`
	Kind    string    `bun:",nulzero"`      // want `Item\.Kind: unknown Bun option "nulzero", which Bun ignores; did you mean nullzero\?`
	Owner   *User     `bun:"rel:belong-to"` // want `Item\.Owner: "belong-to" is not a Bun relation; did you mean belongs-to\?`
	Deleted time.Time `bun:",soft_delete,nullzero"`
	Pk      int64     `bun:"pk"` // the column is pk either way: Bun does not warn
	Key     int64     `bun:"pk"` // want `Item\.Key: "pk" in first position is the column name, not the option; write ,pk`
	Type    string    `bun:"type,type:varchar(20)"`
	Label   string    `bun:"type"` // want `Item\.Label: "type" in first position is the column name; if that column is meant, write column:type`
}

// A soft-deleted parent whose belongs-to child cascades: never fires.
type Folder struct {
	ID        int64     `bun:",pk"`
	DeletedAt time.Time `bun:",soft_delete,nullzero"`
}

type File struct {
	ID       int64 `bun:",pk"`
	FolderID *int64
	Folder   *Folder `bun:"rel:belongs-to,on_delete:CASCADE"` // want `File\.Folder: CASCADE never fires, as Folder is soft-deleted; delete for real, or drop it`
}

// Clean: Bun's own "m2m on embedded base" test model. The wrapper takes
// its id column from the *Order it embeds, and Bun reads the junction's
// Order field against the wrapper's columns, not against type Order.
type Order2 struct {
	bun.BaseModel `bun:"orders2"`

	ID     int64   `bun:",pk"`
	Labels []Label `bun:"m2m:order2_labels,join:Order=Label"`
}

type Label struct {
	ID int64 `bun:",pk"`
}

type Order2Label struct {
	bun.BaseModel `bun:"order2_labels"`

	OrderID int64   `bun:",pk"`
	Order   *Order2 `bun:"rel:belongs-to,join:order_id=id"`
	LabelID int64   `bun:",pk"`
	Label   *Label  `bun:"rel:belongs-to,join:label_id=id"`
}

type Order2Wrap struct {
	bun.BaseModel `bun:"orders2,alias:orders2"`
	*Order2

	Extra bool `bun:"extra"`
}

// Clean: a direct field shadows the embedded field of the same column, as
// in processFields, so the foreign key is the nullable one.
type petBase struct {
	OwnerID int64
	Name    string
}

type Pet struct {
	petBase
	ID      int64 `bun:",pk"`
	OwnerID *int64
	Owner   *User `bun:"rel:belongs-to,join:owner_id=id,on_delete:SET NULL"`
}

// on_delete twice on a belongs-to: Bun panics at first use.
type Note struct {
	ID     int64 `bun:",pk"`
	UserID *int64
	User   *User `bun:"rel:belongs-to,on_delete:CASCADE,on_delete:SET NULL"` // want `Note\.User: on_delete is given 2 times; give it once`
}

// nullzero: Bun writes a zero key as NULL (DEFAULT) and reads NULL back as
// zero, so SET NULL on a plain int64 round-trips: silent.
type Invoice struct {
	ID     int64 `bun:",pk"`
	UserID int64 `bun:",nullzero"`
	User   *User `bun:"rel:belongs-to,join:user_id=id,on_delete:SET NULL"`
}

// A tag reflect cannot read: Bun never sees its settings.
type Badge struct {
	ID    int64  `bun:",pk"`
	Label string `bun:notnull`                      // want `Badge\.Label: the struct tag is malformed, so Bun ignores all of it; write key:"value" pairs`
	Note  string `json:"note" doc:"bun:x"`          // well-formed; "bun:" inside another key's value: silent
}

// The package assigns Receipt.UserID: instead of a pointer, the fix tags
// the key nullzero.
type Receipt struct {
	ID     int64 `bun:",pk"`
	UserID int64
	User   *User `bun:"rel:belongs-to,on_delete:SET NULL"` // want `Receipt\.User: ON DELETE SET NULL, but Receipt\.UserID is int64; make it \*int64 or tag it nullzero`
}

func bill(i *Receipt, u *User) { i.UserID = u.ID }

// Soft-deleted, but the program also deletes it for real (migrate.go).
type Bin struct {
	ID        int64     `bun:",pk"`
	DeletedAt time.Time `bun:",soft_delete,nullzero"`
}

type Scrap struct {
	ID    int64 `bun:",pk"`
	BinID *int64
	Bin   *Bin `bun:"rel:belongs-to,on_delete:CASCADE"`
}
