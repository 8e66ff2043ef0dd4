package gopgrels // want package:"models" package:"evidence gopg: creates FKs, hard-deletes Reel"

import "time"

// go-pg's has-one keeps the key on the declaring model: Post.AuthorID.
type User struct {
	tableName struct{} `pg:"users,alias:u"`

	ID      int64
	Name    string   `pg:",notnull"`
	Profile *Profile `pg:"rel:belongs-to"`                                   // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add unique to Profile\.UserID`
	Posts   []Post   `pg:"rel:has-many,join_fk:author_id,on_delete:CASCADE"` // want `User\.Posts: ON DELETE CASCADE is dropped; move it to Post\.AuthorID, which builds the key`
	Orders  []Order  `pg:"rel:has-many"`
	Tags    []Tag    `pg:"many2many:user_tags"`
	Drafts  []Post   `pg:"rel:has-many,join_fk:writer_id"` // want `User\.Drafts: Post has no column "writer_id"; name its full foreign-key column in join_fk:`
}

type Profile struct {
	ID     int64
	UserID int64
}

type Post struct {
	ID       int64
	AuthorID int64
	Author   *User `pg:"rel:has-one"`
}

// The defaults: order.user_id, and a has-one whose key column carries the
// action (the only place go-pg reads it).
type Order struct {
	ID     int64
	UserID int64 `pg:",use_zero,on_delete:SET NULL"`
	User   *User `pg:"rel:has-one"` // want `Order\.User: ON DELETE SET NULL, but Order\.UserID is int64; make it \*int64`
}

// A many-to-many through a registered join table, declared on both sides.
type Tag struct {
	ID    int64
	Users []User `pg:"many2many:user_tags"`
}

type UserTag struct {
	tableName struct{} `pg:"user_tags"`

	UserID int64 `pg:",pk"`
	TagID  int64 `pg:",pk"`
}

// The silent fallback: no post_id column, so go-pg joins comments.id = posts.id.
type Comment struct {
	ID   int64
	Post *Post `pg:"rel:has-one"` // want `Comment\.Post: Comment has no column post_id; add it, or write fk:id if that join is meant`
}

// Tag grammar.
type Item struct {
	ID      int64
	Kind    string    `pg:",notnul"`           // want `Item\.Kind: unknown go-pg option "notnul", which go-pg ignores; did you mean notnull\?`
	Owner   *User     `pg:"rel:has-on"`        // want `Item\.Owner: "has-on" is not a go-pg relation; did you mean has-one\?`
	OwnerID int64     `pg:"on_delete:CASCASE"` // want `Item\.OwnerID: "CASCASE" is not a referential action; did you mean CASCADE\?`
	Deleted time.Time `pg:",soft_delete"`
	Code    string    `pg:"unique"` // want `"unique" in first position is the column name, not the option`
	Type    string    `pg:"type,type:varchar(20)"`
	Label   string    `pg:"default"` // want `Item\.Label: "default" in first position is the column name, not an option; fine if that column is meant`
	Quoted  string    `pg:"default:'a,b',notnull"`
	Parts   *Part     `pg:"rel:has-many"` // want `Item\.Parts: rel:has-many needs a slice field`
}

type Part struct {
	ID     int64
	ItemID int64
}

// An action on the relation field instead of the key column: ignored.
type Folder struct {
	ID int64
}

type File struct {
	ID       int64
	FolderID *int64
	Folder   *Folder `pg:"rel:has-one,on_delete:CASCADE"` // want `File\.Folder: ON DELETE CASCADE never fires; remove it, or delete the File rows yourself`
}

// A soft-deleted parent whose child's key cascades: never fires.
type Album struct {
	ID        int64
	DeletedAt time.Time `pg:",soft_delete"`
}

type Photo struct {
	ID      int64
	AlbumID int64  `pg:"on_delete:CASCADE"`
	Album   *Album `pg:"rel:has-one"` // want `Photo\.Album: CASCADE never fires, as Album is soft-deleted; delete for real, or drop it`
}

// Keys of different types.
type Account struct {
	ID string `pg:",pk"`
}

type Login struct {
	ID        int64
	AccountID int64    // want `Login\.AccountID \(int64\) references Account\.ID \(string\); make it a nullable string like \*string`
	Account   *Account `pg:"rel:has-one"`
}

// Polymorphic has-many: comments of several owners by trackable_id/type.
type Article struct {
	ID       int64
	Comments []Note `pg:"rel:has-many,join_fk:trackable_,polymorphic"`
}

type Note struct {
	ID            int64
	TrackableID   int64
	TrackableType string
}

// An action on a key that only a has-many uses: go-pg creates a foreign
// key for a rel:has-one alone, so the action is never in the DDL.
type Rack struct {
	ID    int64
	Crates []Crate `pg:"rel:has-many"`
}

type Crate struct {
	ID      int64
	RackID int64 `pg:"on_delete:CASCADE"` // want `Crate\.RackID: ON DELETE CASCADE never fires; declare that relation, or remove the action`
}

// go-pg guesses a has-one for an untagged struct field (deprecated) and
// builds its foreign key with the column's action: silent.
type Shipper struct{ ID int64 }

type Parcel struct {
	ID        int64
	ShipperID int64 `pg:"on_delete:CASCADE"`
	Shipper   *Shipper
}

// inherit: NovelWithCount is the novels table, and its has-many key is
// novel_id, as go-pg reads it: silent.
type Novel struct {
	ID       int64
	Chapters []Chapter `pg:"rel:has-many"`
}

type Chapter struct {
	ID      int64
	NovelID int64
}

type NovelWithCount struct {
	Novel `pg:",inherit"`

	Count int
}

// A tag reflect cannot read: go-pg never sees its settings.
type Voucher struct {
	ID   int64 `pg:",pk"`
	Code string `pg:unique`                 // want `Voucher\.Code: the struct tag is malformed, so go-pg ignores all of it; write key:"value" pairs`
	Note string `json:"note" doc:"pg:x"`   // well-formed; "pg:" inside another key's value: silent
}

// Soft-deleted, but the program also deletes it for real (migrate.go).
type Reel struct {
	ID        int64
	DeletedAt time.Time `pg:",soft_delete"`
}

type Frame struct {
	ID     int64
	ReelID int64 `pg:"on_delete:CASCADE"`
	Reel   *Reel `pg:"rel:has-one"`
}
