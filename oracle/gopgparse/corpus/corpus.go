// Package corpus is the go-pg oracle corpus: model sets named by case. The
// oracle test asks go-pg itself (orm.GetTable, which builds a table's
// relations and panics on a broken one, and the DDL of CREATE TABLE with
// FKConstraints) what each case does; no case states an expected answer.
package corpus

import "time"

// Cases maps a case to its models; Junctions holds a case's many2many
// join-table models, which a program registers with orm.RegisterTable.
var Cases = map[string][]any{
	"HasOneDefault":      {&HasOneDefaultPost{}},
	"HasOneFK":           {&HasOneFKPost{}},
	"HasOneBadFK":        {&HasOneBadFKPost{}},
	"HasOneFallback":     {&HasOneFallbackPost{}},
	"HasOneMissing":      {&HasOneMissingPost{}},
	"HasOneNoPK":         {&HasOneNoPKPost{}},
	"HasOneJoinFK":       {&HasOneJoinFKLogin{}},
	"HasOneBadJoinFK":    {&HasOneBadJoinFKLogin{}},
	"HasOneSlice":        {&HasOneSlicePost{}},
	"BelongsToDefault":   {&BelongsToDefaultUser{}},
	"BelongsToJoinFK":    {&BelongsToJoinFKUser{}},
	"BelongsToBadJoinFK": {&BelongsToBadJoinFKUser{}},
	"BelongsToFallback":  {&BelongsToFallbackUser{}},
	"BelongsToNoPK":      {&BelongsToNoPKUser{}},
	"HasManyDefault":     {&HasManyDefaultUser{}},
	"HasManyJoinFK":      {&HasManyJoinFKUser{}},
	"HasManyBadJoinFK":   {&HasManyBadJoinFKUser{}},
	"HasManyNotSlice":    {&HasManyNotSliceUser{}},
	"HasManyNoPK":        {&HasManyNoPKUser{}},
	"HasManyComposite":   {&HasManyCompositeShop{}},
	"UnknownRel":         {&UnknownRelUser{}},
	"Polymorphic":        {&PolymorphicArticle{}},
	"PolymorphicNoType":  {&PolymorphicNoTypeArticle{}},
	"M2M":                {&M2MOrder{}},
	"M2MFK":              {&M2MFKOrder{}},
	"M2MBadFK":           {&M2MBadFKOrder{}},
	"M2MNotSlice":        {&M2MNotSliceOrder{}},
	"UnknownOption":      {&UnknownOptionUser{}},
	"QuotedDefault":      {&QuotedDefaultUser{}},
	"CascadeOnFKColumn":  {&CascadeOnFKColumnPost{}},
	"CascadeOnRelation":  {&CascadeOnRelationPost{}},
	"CascadeOnHasMany":   {&CascadeOnHasManyUser{}, &CascadeOnHasManyPost{}},
	"StrayCascade":       {&StrayCascadeUser{}, &StrayCascadePost{}},
	"GuessedHasOne":      {&GuessedHasOnePost{}},
	"GuessedBelongsTo":   {&GuessedBelongsToUser{}, &GuessedBelongsToPost{}},
	"Inherit":            {&InheritBookWithCount{}, &InheritTranslation{}},
	"SetNullZero":        {&SetNullZeroPost{}},
	"SoftDelete":         {&SoftDeleteAlbum{}, &SoftDeletePhoto{}},
	"TableName":          {&TableNameUser{}},
	"OneToOne":           {&OneToOneUser{}, &OneToOneProfile{}},
	"TypeMismatch":       {&TypeMismatchLogin{}},
	"ExplicitPKAfterID":  {&ExplicitPKAfterIDUser{}},
	"FirstPosition":      {&FirstPositionUser{}},
	"BelongsToFK":        {&BelongsToFKUser{}},
	"HasManyFK":          {&HasManyFKUser{}},
	"PolyHasOne":         {&PolyHasOnePost{}},
	"KeyNamedLikePK":     {&KeyNamedLikePKTransaction{}, &KeyNamedLikePKAccount{}},
	"TenantKeys":         {&TenantKeysTask{}, &TenantKeysProject{}},
}

var Junctions = map[string][]any{
	"M2M":      {&M2MOrderToItem{}},
	"M2MFK":    {&M2MFKOrderItem{}},
	"M2MBadFK": {&M2MBadFKOrderToItem{}},
}

// go-pg's has-one: the key is on the declaring model, <field>_id.
type HasOneDefaultUser struct{ ID int64 }
type HasOneDefaultPost struct {
	ID       int64
	AuthorID int64
	Author   *HasOneDefaultUser `pg:"rel:has-one"`
}

type HasOneFKUser struct{ ID int64 }
type HasOneFKPost struct {
	ID       int64
	WriterID int64
	Author   *HasOneFKUser `pg:"rel:has-one,fk:writer_id"`
}

type HasOneBadFKUser struct{ ID int64 }
type HasOneBadFKPost struct {
	ID       int64
	WriterID int64
	Author   *HasOneBadFKUser `pg:"rel:has-one,fk:writerid"`
}

// No author_id: go-pg falls back to the post's own id column.
type HasOneFallbackUser struct{ ID int64 }
type HasOneFallbackPost struct {
	ID     int64
	Author *HasOneFallbackUser `pg:"rel:has-one"`
}

// The target's key is "key": no author_key, no key column: panic.
type HasOneMissingUser struct {
	Key int64 `pg:",pk"`
}
type HasOneMissingPost struct {
	ID     int64
	Author *HasOneMissingUser `pg:"rel:has-one"`
}

type HasOneNoPKUser struct{ Name string }
type HasOneNoPKPost struct {
	ID       int64
	AuthorID int64
	Author   *HasOneNoPKUser `pg:"rel:has-one"`
}

// join_fk names the referenced column of the target.
type HasOneJoinFKAccount struct {
	ID   int64
	Code string `pg:",unique"`
}
type HasOneJoinFKLogin struct {
	ID          int64
	AccountCode string
	Account     *HasOneJoinFKAccount `pg:"rel:has-one,fk:account_code,join_fk:code"`
}

type HasOneBadJoinFKAccount struct{ ID int64 }
type HasOneBadJoinFKLogin struct {
	ID          int64
	AccountCode string
	Account     *HasOneBadJoinFKAccount `pg:"rel:has-one,fk:account_code,join_fk:code"`
}

type HasOneSliceUser struct{ ID int64 }
type HasOneSlicePost struct {
	ID      int64
	Authors []HasOneSliceUser `pg:"rel:has-one"`
}

// go-pg's belongs-to: the key is on the other model, <model>_id.
type BelongsToDefaultUser struct {
	ID      int64
	Profile *BelongsToDefaultProfile `pg:"rel:belongs-to"`
}
type BelongsToDefaultProfile struct {
	ID                     int64
	BelongsToDefaultUserID int64 `pg:",unique"`
}

type BelongsToJoinFKUser struct {
	ID      int64
	Profile *BelongsToJoinFKProfile `pg:"rel:belongs-to,join_fk:owner_id"`
}
type BelongsToJoinFKProfile struct {
	ID      int64
	OwnerID int64 `pg:",unique"`
}

type BelongsToBadJoinFKUser struct {
	ID      int64
	Profile *BelongsToBadJoinFKProfile `pg:"rel:belongs-to,join_fk:owner"`
}
type BelongsToBadJoinFKProfile struct {
	ID      int64
	OwnerID int64
}

type BelongsToFallbackUser struct {
	ID      int64
	Profile *BelongsToFallbackProfile `pg:"rel:belongs-to"`
}
type BelongsToFallbackProfile struct{ ID int64 }

type BelongsToNoPKUser struct {
	Name    string
	Profile *BelongsToNoPKProfile `pg:"rel:belongs-to"`
}
type BelongsToNoPKProfile struct {
	ID                  int64
	BelongsToNoPKUserID int64
}

type HasManyDefaultUser struct {
	ID    int64
	Posts []HasManyDefaultPost `pg:"rel:has-many"`
}
type HasManyDefaultPost struct {
	ID                   int64
	HasManyDefaultUserID int64
}

type HasManyJoinFKUser struct {
	ID    int64
	Posts []*HasManyJoinFKPost `pg:"rel:has-many,join_fk:author_id"`
}
type HasManyJoinFKPost struct {
	ID       int64
	AuthorID int64
}

type HasManyBadJoinFKUser struct {
	ID    int64
	Posts []HasManyBadJoinFKPost `pg:"rel:has-many,join_fk:writer_id"`
}
type HasManyBadJoinFKPost struct {
	ID       int64
	AuthorID int64
}

type HasManyNotSliceUser struct {
	ID    int64
	Posts *HasManyNotSlicePost `pg:"rel:has-many"`
}
type HasManyNotSlicePost struct {
	ID                    int64
	HasManyNotSliceUserID int64
}

type HasManyNoPKUser struct {
	Name  string
	Posts []HasManyNoPKPost `pg:"rel:has-many"`
}
type HasManyNoPKPost struct {
	ID                int64
	HasManyNoPKUserID int64
}

// A composite key: join_fk is a prefix then.
type HasManyCompositeShop struct {
	Region string                 `pg:",pk"`
	Num    int64                  `pg:",pk"`
	Items  []HasManyCompositeItem `pg:"rel:has-many,join_fk:shop_"`
}
type HasManyCompositeItem struct {
	ID         int64
	ShopRegion string
	ShopNum    int64
}

type UnknownRelUser struct {
	ID    int64
	Posts []UnknownRelPost `pg:"rel:has-mny"`
}
type UnknownRelPost struct {
	ID               int64
	UnknownRelUserID int64
}

type PolymorphicArticle struct {
	ID       int64
	Comments []PolymorphicComment `pg:"rel:has-many,join_fk:trackable_,polymorphic"`
}
type PolymorphicComment struct {
	ID            int64
	TrackableID   int64
	TrackableType string
}

type PolymorphicNoTypeArticle struct {
	ID       int64
	Comments []PolymorphicNoTypeComment `pg:"rel:has-many,join_fk:trackable_,polymorphic"`
}
type PolymorphicNoTypeComment struct {
	ID          int64
	TrackableID int64
}

type M2MOrder struct {
	ID    int64
	Items []M2MItem `pg:"many2many:m2m_order_to_items"`
}
type M2MItem struct{ ID int64 }
type M2MOrderToItem struct {
	M2MOrderID int64 `pg:",pk"`
	M2MItemID  int64 `pg:",pk"`
}

type M2MFKOrder struct {
	ID    int64
	Items []M2MFKItem `pg:"many2many:order_items,fk:order_id,join_fk:item_id"`
}
type M2MFKItem struct{ ID int64 }
type M2MFKOrderItem struct {
	tableName struct{} `pg:"order_items"`
	OrderID   int64    `pg:",pk"`
	ItemID    int64    `pg:",pk"`
}

type M2MBadFKOrder struct {
	ID    int64
	Items []M2MBadFKItem `pg:"many2many:m2m_bad_fk_order_to_items,fk:order"`
}
type M2MBadFKItem struct{ ID int64 }
type M2MBadFKOrderToItem struct {
	OrderID        int64 `pg:",pk"`
	M2MBadFKItemID int64 `pg:",pk"`
}

type M2MNotSliceOrder struct {
	ID   int64
	Item *M2MNotSliceItem `pg:"many2many:m2m_not_slice_order_to_items"`
}
type M2MNotSliceItem struct{ ID int64 }

// go-pg warns about unknown options and goes on.
type UnknownOptionUser struct {
	ID   int64
	Name string `pg:",notnul"`
}

type QuotedDefaultUser struct {
	ID   int64
	Tags string `pg:"default:'a,b',notnull"`
}

// on_delete on the foreign-key column is in the DDL.
type CascadeOnFKColumnUser struct{ ID int64 }
type CascadeOnFKColumnPost struct {
	ID       int64
	AuthorID int64                  `pg:"on_delete:CASCADE"`
	Author   *CascadeOnFKColumnUser `pg:"rel:has-one"`
}

// on_delete on the relation field is not.
type CascadeOnRelationUser struct{ ID int64 }
type CascadeOnRelationPost struct {
	ID       int64
	AuthorID int64
	Author   *CascadeOnRelationUser `pg:"rel:has-one,on_delete:CASCADE"`
}

// on_delete on a has-many is not either.
type CascadeOnHasManyUser struct {
	ID    int64
	Posts []CascadeOnHasManyPost `pg:"rel:has-many,join_fk:author_id,on_delete:CASCADE"`
}
type CascadeOnHasManyPost struct {
	ID       int64
	AuthorID int64
	Author   *CascadeOnHasManyUser `pg:"rel:has-one"`
}

// on_delete on a key column that only a has-many uses: go-pg builds no
// foreign key, so the action is nowhere.
type StrayCascadeUser struct {
	ID    int64
	Posts []StrayCascadePost `pg:"rel:has-many,join_fk:author_id"`
}
type StrayCascadePost struct {
	ID       int64
	AuthorID int64 `pg:"on_delete:CASCADE"`
}

// A zero key is written as NULL (no use_zero), so SET NULL round-trips.
type SetNullZeroUser struct{ ID int64 }
type SetNullZeroPost struct {
	ID       int64
	AuthorID int64            `pg:"on_delete:SET NULL"`
	Author   *SetNullZeroUser `pg:"rel:has-one"`
}

type SoftDeleteAlbum struct {
	ID        int64
	DeletedAt time.Time `pg:",soft_delete"`
}
type SoftDeletePhoto struct {
	ID      int64
	AlbumID int64            `pg:"on_delete:CASCADE"`
	Album   *SoftDeleteAlbum `pg:"rel:has-one"`
}

type TableNameUser struct {
	tableName struct{} `pg:"people,alias:p"`
	ID        int64
}

// go-pg's belongs-to with a has-one back: the pair relcheck must see.
type OneToOneUser struct {
	ID      int64
	Profile *OneToOneProfile `pg:"rel:belongs-to"`
}
type OneToOneProfile struct {
	ID             int64
	OneToOneUserID int64         `pg:",unique"`
	OneToOneUser   *OneToOneUser `pg:"rel:has-one"`
}

type TypeMismatchAccount struct {
	ID string `pg:",pk"`
}
type TypeMismatchLogin struct {
	ID        int64
	AccountID int64
	Account   *TypeMismatchAccount `pg:"rel:has-one"`
}

// An id column before an explicit pk: both are primary keys.
type ExplicitPKAfterIDUser struct {
	ID   int64
	Code string `pg:",pk"`
}

// A bare option word in first position is the column name.
type FirstPositionUser struct {
	ID   int64
	Code string `pg:"unique"`
}

// fk: on a belongs-to is not read (join_fk: is): go-pg looks for
// belongs_to_fk_user_id, then falls back to the profile's own id.
type BelongsToFKUser struct {
	ID      int64
	Profile *BelongsToFKProfile `pg:"rel:belongs-to,fk:owner_id"`
}
type BelongsToFKProfile struct {
	ID      int64
	OwnerID int64 `pg:",unique"`
}

// fk: on a has-many is not read either: go-pg looks for
// has_many_fk_user_id, then falls back to the post's own id.
type HasManyFKUser struct {
	ID    int64
	Posts []HasManyFKPost `pg:"rel:has-many,fk:author_id"`
}
type HasManyFKPost struct {
	ID       int64
	AuthorID int64
}

// polymorphic means nothing on a has-one: the relation is built as usual.
type PolyHasOneUser struct{ ID int64 }
type PolyHasOnePost struct {
	ID       int64
	AuthorID int64
	Author   *PolyHasOneUser `pg:"rel:has-one,polymorphic"`
}

// An untagged struct field: go-pg guesses a has-one (deprecated) through
// guessed_has_one_user_id and builds its FOREIGN KEY with the column's
// action. relcheck does not model guessed relations, and stays silent.
type GuessedHasOneUser struct{ ID int64 }
type GuessedHasOnePost struct {
	ID                  int64
	GuessedHasOneUserID int64 `pg:"on_delete:CASCADE"`
	GuessedHasOneUser   *GuessedHasOneUser
}

// Guessed the other way: the user's untagged Post field is a belongs-to
// through the post's key, which builds no FOREIGN KEY, so the post's
// on_delete is in no DDL. The post itself guesses nothing: reported.
type GuessedBelongsToUser struct {
	ID   int64
	Post *GuessedBelongsToPost
}
type GuessedBelongsToPost struct {
	ID                     int64
	GuessedBelongsToUserID int64 `pg:"on_delete:CASCADE"`
}

// inherit: the embedding type takes the embedded one's table and model
// name, so its has-many key is inherit_book_id, not
// inherit_book_with_count_id.
type InheritBook struct {
	ID           int64
	Translations []InheritTranslation `pg:"rel:has-many"`
}
type InheritTranslation struct {
	ID            int64
	InheritBookID int64
}
type InheritBookWithCount struct {
	InheritBook `pg:",inherit"`

	CommentCount int
}

// go-pg's second lookup is the convention "the key column is named like the
// referenced key": Account's key column is account_id, so go-pg looks for
// account_account_id, then finds account_id.
type KeyNamedLikePKAccount struct {
	AccountID    int64                        `pg:",pk"`
	Transactions []*KeyNamedLikePKTransaction `pg:"rel:has-many"`
}
type KeyNamedLikePKTransaction struct {
	ID        int64
	AccountID int64
	Account   *KeyNamedLikePKAccount `pg:"rel:has-one"`
}

// Composite tenant keys: with the prefix project_, the second lookup finds
// tenant_id, the shared first column of both primary keys, and project_id
// by the prefix.
type TenantKeysProject struct {
	TenantID int64             `pg:",pk"`
	ID       int64             `pg:",pk"`
	Tasks    []*TenantKeysTask `pg:"rel:has-many,join_fk:project_"`
}
type TenantKeysTask struct {
	TenantID  int64 `pg:",pk"`
	ID        int64 `pg:",pk"`
	ProjectID int64
	Project   *TenantKeysProject `pg:"rel:has-one"`
}
