// Package corpus is the Bun oracle corpus: model sets named by case. The
// oracle test asks Bun itself (table initialisation, and the DDL of
// CREATE TABLE ... WithForeignKeys) what each case does; no case states an
// expected answer.
package corpus

import "github.com/uptrace/bun"

// Cases maps a case to its models; Junctions holds a case's m2m junction
// models, which a program registers with db.RegisterModel first.
var Cases = map[string][]any{
	"BelongsToDefault":  {&BelongsToDefaultPost{}},
	"BelongsToJoin":     {&BelongsToJoinPost{}},
	"BelongsToBadJoin":  {&BelongsToBadJoinPost{}},
	"BelongsToFallback": {&BelongsToFallbackComment{}},
	"BelongsToMissing":  {&BelongsToMissingComment{}},
	"BelongsToNoPK":     {&BelongsToNoPKPost{}},
	"HasOneDefault":     {&HasOneDefaultUser{}},
	"HasOneFallback":    {&HasOneFallbackUser{}},
	"HasOneMissing":     {&HasOneMissingUser{}},
	"HasManyDefault":    {&HasManyDefaultUser{}},
	"HasManyJoin":       {&HasManyJoinUser{}},
	"HasManyBadJoin":    {&HasManyBadJoinUser{}},
	"HasManyNotSlice":   {&HasManyNotSliceUser{}},
	"HasManyNoPK":       {&HasManyNoPKUser{}},
	"UnknownRel":        {&UnknownRelUser{}},
	"Polymorphic":       {&PolymorphicArticle{}},
	"PolymorphicNoType": {&PolymorphicNoTypeArticle{}},
	"M2M":               {&M2MOrder{}},
	"M2MBadField":       {&M2MBadFieldOrder{}},
	"CascadeOnHasMany":  {&CascadeOnHasManyUser{}, &CascadeOnHasManyPost{}},
	"CascadeBelongsTo":  {&CascadeBelongsToPost{}},
	"TwoOnDelete":       {&TwoOnDeletePost{}},
	"SetNullZero":       {&SetNullZeroPost{}},
	"SetNullPlain":      {&SetNullPlainPost{}},
	"TypeMismatch":      {&TypeMismatchLogin{}},
	"RefNotUnique":      {&RefNotUniqueComment{}},
	"Extend":            {&ExtendView{}},
	"KeyNamedLikePK":    {&KeyNamedLikePKTransaction{}, &KeyNamedLikePKAccount{}},
	"HasOneKeyOnOwner":  {&HasOneKeyOnOwnerUser{}},
	"HasOneOwnJoin":     {&HasOneOwnJoinAccount{}, &HasOneOwnJoinShop{}},
}

var Junctions = map[string][]any{
	"M2M":         {&M2MOrderToItem{}},
	"M2MBadField": {&M2MBadFieldOrderToItem{}},
}

type BelongsToDefaultUser struct {
	ID int64 `bun:",pk"`
}
type BelongsToDefaultPost struct {
	ID     int64                 `bun:",pk"`
	UserID int64                 `bun:"user_id"`
	User   *BelongsToDefaultUser `bun:"rel:belongs-to"`
}

type BelongsToJoinUser struct {
	ID int64 `bun:",pk"`
}
type BelongsToJoinPost struct {
	ID       int64              `bun:",pk"`
	AuthorID int64              `bun:"author_id"`
	Author   *BelongsToJoinUser `bun:"rel:belongs-to,join:author_id=id"`
}

type BelongsToBadJoinUser struct {
	ID int64 `bun:",pk"`
}
type BelongsToBadJoinPost struct {
	ID       int64                 `bun:",pk"`
	AuthorID int64                 `bun:"author_id"`
	Author   *BelongsToBadJoinUser `bun:"rel:belongs-to,join:writer_id=id"`
}

type BelongsToFallbackPost struct {
	ID int64 `bun:",pk"`
}
type BelongsToFallbackComment struct {
	ID   int64                  `bun:",pk"`
	Post *BelongsToFallbackPost `bun:"rel:belongs-to"`
}

type BelongsToMissingPost struct {
	Key int64 `bun:",pk"`
}
type BelongsToMissingComment struct {
	ID   int64                 `bun:",pk"`
	Post *BelongsToMissingPost `bun:"rel:belongs-to"`
}

type BelongsToNoPKUser struct {
	Name string
}
type BelongsToNoPKPost struct {
	ID     int64              `bun:",pk"`
	UserID int64              `bun:"user_id"`
	User   *BelongsToNoPKUser `bun:"rel:belongs-to"`
}

type HasOneDefaultUser struct {
	ID      int64                 `bun:",pk"`
	Profile *HasOneDefaultProfile `bun:"rel:has-one"`
}
type HasOneDefaultProfile struct {
	ID                  int64 `bun:",pk"`
	HasOneDefaultUserID int64 `bun:"has_one_default_user_id,unique"`
}

type HasOneFallbackUser struct {
	ID      int64                  `bun:",pk"`
	Profile *HasOneFallbackProfile `bun:"rel:has-one"`
}
type HasOneFallbackProfile struct {
	ID int64 `bun:",pk"`
}

type HasOneMissingUser struct {
	ID      int64                 `bun:",pk"`
	Profile *HasOneMissingProfile `bun:"rel:has-one"`
}
type HasOneMissingProfile struct {
	Key int64 `bun:",pk"`
}

type HasManyDefaultUser struct {
	ID    int64                `bun:",pk"`
	Posts []HasManyDefaultPost `bun:"rel:has-many"`
}
type HasManyDefaultPost struct {
	ID                   int64 `bun:",pk"`
	HasManyDefaultUserID int64
}

type HasManyJoinUser struct {
	ID    int64             `bun:",pk"`
	Posts []HasManyJoinPost `bun:"rel:has-many,join:id=author_id"`
}
type HasManyJoinPost struct {
	ID       int64 `bun:",pk"`
	AuthorID int64
}

type HasManyBadJoinUser struct {
	ID    int64                `bun:",pk"`
	Posts []HasManyBadJoinPost `bun:"rel:has-many,join:id=writer_id"`
}
type HasManyBadJoinPost struct {
	ID       int64 `bun:",pk"`
	AuthorID int64
}

type HasManyNotSliceUser struct {
	ID   int64                `bun:",pk"`
	Post *HasManyNotSlicePost `bun:"rel:has-many"`
}
type HasManyNotSlicePost struct {
	ID                    int64 `bun:",pk"`
	HasManyNotSliceUserID int64
}

type HasManyNoPKUser struct {
	Name  string
	Posts []HasManyNoPKPost `bun:"rel:has-many"`
}
type HasManyNoPKPost struct {
	ID int64 `bun:",pk"`
}

type UnknownRelUser struct {
	ID    int64            `bun:",pk"`
	Posts []UnknownRelPost `bun:"rel:has-several"`
}
type UnknownRelPost struct {
	ID               int64 `bun:",pk"`
	UnknownRelUserID int64
}

type PolymorphicArticle struct {
	ID       int64                `bun:",pk"`
	Comments []PolymorphicComment `bun:"rel:has-many,join:id=trackable_id,join:type=trackable_type,polymorphic"`
}
type PolymorphicComment struct {
	ID            int64 `bun:",pk"`
	TrackableID   int64
	TrackableType string
}

type PolymorphicNoTypeArticle struct {
	ID       int64                      `bun:",pk"`
	Comments []PolymorphicNoTypeComment `bun:"rel:has-many,join:id=trackable_id,join:type=trackable_type,polymorphic"`
}
type PolymorphicNoTypeComment struct {
	ID          int64 `bun:",pk"`
	TrackableID int64
}

type M2MOrder struct {
	ID    int64     `bun:",pk"`
	Items []M2MItem `bun:"m2m:m2m_order_to_items,join:Order=Item"`
}
type M2MItem struct {
	ID int64 `bun:",pk"`
}
type M2MOrderToItem struct {
	bun.BaseModel `bun:"table:m2m_order_to_items"`
	OrderID       int64     `bun:",pk"`
	Order         *M2MOrder `bun:"rel:belongs-to,join:order_id=id"`
	ItemID        int64     `bun:",pk"`
	Item          *M2MItem  `bun:"rel:belongs-to,join:item_id=id"`
}

type M2MBadFieldOrder struct {
	ID    int64             `bun:",pk"`
	Items []M2MBadFieldItem `bun:"m2m:m2m_bad_field_order_to_items,join:Order=Product"`
}
type M2MBadFieldItem struct {
	ID int64 `bun:",pk"`
}
type M2MBadFieldOrderToItem struct {
	bun.BaseModel `bun:"table:m2m_bad_field_order_to_items"`
	OrderID       int64             `bun:",pk"`
	Order         *M2MBadFieldOrder `bun:"rel:belongs-to,join:order_id=id"`
	ItemID        int64             `bun:",pk"`
	Item          *M2MBadFieldItem  `bun:"rel:belongs-to,join:item_id=id"`
}

// on_delete on the has-many side: Bun ignores it.
type CascadeOnHasManyUser struct {
	ID    int64                  `bun:",pk"`
	Posts []CascadeOnHasManyPost `bun:"rel:has-many,join:id=user_id,on_delete:CASCADE"`
}
type CascadeOnHasManyPost struct {
	ID     int64                 `bun:",pk"`
	UserID int64                 `bun:"user_id"`
	User   *CascadeOnHasManyUser `bun:"rel:belongs-to,join:user_id=id"`
}

// on_delete on the belongs-to side: in the DDL.
type CascadeBelongsToUser struct {
	ID int64 `bun:",pk"`
}
type CascadeBelongsToPost struct {
	ID     int64                 `bun:",pk"`
	UserID int64                 `bun:"user_id"`
	User   *CascadeBelongsToUser `bun:"rel:belongs-to,join:user_id=id,on_delete:CASCADE"`
}

// on_delete twice on a belongs-to: Bun takes neither.
type TwoOnDeleteUser struct {
	ID int64 `bun:",pk"`
}
type TwoOnDeletePost struct {
	ID     int64 `bun:",pk"`
	UserID *int64
	User   *TwoOnDeleteUser `bun:"rel:belongs-to,on_delete:CASCADE,on_delete:SET NULL"`
}

// SET NULL on a plain int64 key: Bun writes 0 back. With nullzero it
// writes NULL (DEFAULT) for zero, so the key holds NULL either way.
type SetNullZeroUser struct {
	ID int64 `bun:",pk"`
}
type SetNullZeroPost struct {
	ID     int64            `bun:",pk"`
	UserID int64            `bun:",nullzero"`
	User   *SetNullZeroUser `bun:"rel:belongs-to,join:user_id=id,on_delete:SET NULL"`
}
type SetNullPlainUser struct {
	ID int64 `bun:",pk"`
}
type SetNullPlainPost struct {
	ID     int64 `bun:",pk"`
	UserID int64
	User   *SetNullPlainUser `bun:"rel:belongs-to,join:user_id=id,on_delete:SET NULL"`
}

// An integer key to a string primary key: Bun builds the foreign key.
type TypeMismatchAccount struct {
	ID string `bun:",pk"`
}
type TypeMismatchLogin struct {
	ID        int64 `bun:",pk"`
	AccountID int64
	Account   *TypeMismatchAccount `bun:"rel:belongs-to,join:account_id=id"`
}

// join: to a column that is neither primary key nor unique: Bun builds a
// foreign key the database refuses.
type RefNotUniquePost struct {
	ID   int64 `bun:",pk"`
	Slug string
}
type RefNotUniqueComment struct {
	ID       int64 `bun:",pk"`
	PostSlug string
	Post     *RefNotUniquePost `bun:"rel:belongs-to,join:post_slug=slug"`
}

// Since Bun v1.2 a struct embedding a model with ,extend keeps the model's
// name: its has-many looks for extend_user_id, not extend_view_id.
type ExtendUser struct {
	bun.BaseModel `bun:"table:extend_users"`
	ID            int64 `bun:",pk"`
}
type ExtendView struct {
	ExtendUser `bun:",extend"`
	Comments   []ExtendComment `bun:"rel:has-many"`
}
type ExtendComment struct {
	Body         string
	ExtendUserID int64
}

// Bun's second lookup is the convention "the key column is named like the
// referenced key": Account's key column is account_id, so Bun looks for
// account_account_id, then finds account_id.
type KeyNamedLikePKAccount struct {
	AccountID    int64                        `bun:",pk"`
	Transactions []*KeyNamedLikePKTransaction `bun:"rel:has-many"`
}
type KeyNamedLikePKTransaction struct {
	ID        int64 `bun:",pk"`
	AccountID int64
	Account   *KeyNamedLikePKAccount `bun:"rel:belongs-to"`
}

// A has-one whose key sits on the declaring model: Bun looks for
// profiles.has_one_key_on_owner_user_id, finds none, and joins
// profiles.id = users.id.
type HasOneKeyOnOwnerProfile struct {
	ID int64 `bun:",pk"`
}
type HasOneKeyOnOwnerUser struct {
	ID        int64 `bun:",pk"`
	ProfileID int64
	Profile   *HasOneKeyOnOwnerProfile `bun:"rel:has-one"`
}

// The same key named with join: Bun joins on plan_id and creates the
// foreign key there, but ignores on_delete on a has-one; the belongs-to
// spelling keeps it.
type HasOneOwnJoinPlan struct {
	ID int64 `bun:",pk"`
}
type HasOneOwnJoinAccount struct {
	ID     int64 `bun:",pk"`
	PlanID int64
	Plan   *HasOneOwnJoinPlan `bun:"rel:has-one,join:plan_id=id,on_delete:CASCADE"`
}
type HasOneOwnJoinShop struct {
	ID     int64 `bun:",pk"`
	PlanID int64
	Plan   *HasOneOwnJoinPlan `bun:"rel:belongs-to,join:plan_id=id,on_delete:CASCADE"`
}
