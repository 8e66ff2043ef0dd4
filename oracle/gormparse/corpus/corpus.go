// Package corpus is the GORM oracle corpus: small model sets, one per
// case, each named with its case prefix. The oracle test parses every case
// with GORM's own schema.Parse and holds relcheck to the same verdict. No
// case says what the answer should be: GORM decides.
package corpus

import (
	"database/sql/driver"
	"encoding/json"
	"time"

	"github.com/relcheck/relcheck/oracle/gormparse/corpus/other"
	"gorm.io/gorm"
)

// Cases maps a case prefix to the models GORM parses for it.
var Cases = map[string][]any{
	"HasManyDefault":      {&HasManyDefaultUser{}},
	"HasManyNoFK":         {&HasManyNoFKUser{}},
	"HasOneDefault":       {&HasOneDefaultUser{}},
	"BelongsToDefault":    {&BelongsToDefaultUser{}},
	"BelongsToNoFK":       {&BelongsToNoFKUser{}},
	"HasOneBeatsBelongs":  {&HasOneBeatsBelongsUser{}},
	"FKExplicit":          {&FKExplicitUser{}},
	"FKTypo":              {&FKTypoUser{}},
	"RefsExplicit":        {&RefsExplicitTeam{}},
	"RefsTypo":            {&RefsTypoTeam{}},
	"HasOneFKRefs":        {&HasOneFKRefsUser{}},
	"SelfBelongs":         {&SelfBelongsEmployee{}},
	"SelfHasMany":         {&SelfHasManyEmployee{}},
	"SelfM2M":             {&SelfM2MUser{}},
	"Poly":                {&PolyDog{}, &PolyCat{}},
	"PolyNoType":          {&PolyNoTypeDog{}},
	"PolyNoID":            {&PolyNoIDDog{}},
	"PolyExplicit":        {&PolyExplicitDog{}},
	"PolyValue":           {&PolyValueDog{}},
	"M2MDefault":          {&M2MDefaultUser{}},
	"M2MJoinCols":         {&M2MJoinColsUser{}},
	"M2MFKTypo":           {&M2MFKTypoUser{}},
	"M2MRefTypo":          {&M2MRefTypoUser{}},
	"M2MCustomKeys":       {&M2MCustomKeysUser{}},
	"CompositeHas":        {&CompositeHasOrder{}},
	"CompositeHalf":       {&CompositeHalfOrder{}},
	"EmbeddedBase":        {&EmbeddedBaseUser{}},
	"EmbeddedPrefix":      {&EmbeddedPrefixPost{}},
	"EmbeddedRelation":    {&EmbeddedRelationDoc{}},
	"MapField":            {&MapFieldUser{}},
	"StringSlice":         {&StringSliceUser{}},
	"StringSliceTyped":    {&StringSliceTypedUser{}},
	"ValuerField":         {&ValuerFieldUser{}},
	"IgnoredField":        {&IgnoredFieldUser{}},
	"CrossPackage":        {&CrossPackageCity{}},
	"CrossPackageHas":     {&CrossPackageHasShop{}},
	"FKByColumn":          {&FKByColumnUser{}},
	"RefsByColumn":        {&RefsByColumnTeam{}},
	"PointerSlice":        {&PointerSliceUser{}},
	"SliceOfPointers":     {&SliceOfPointersUser{}},
	"IdSpelling":          {&IdSpellingUser{}},
	"ColumnNamedFK":       {&ColumnNamedFKUser{}},
	"InterfaceField":      {&InterfaceFieldUser{}},
	"ArrayOfStruct":       {&ArrayOfStructUser{}},
	"GormModelHasMany":    {&GormModelHasManyUser{}},
	"TimeAndBytes":        {&TimeAndBytesUser{}},
	"BelongsToPointer":    {&BelongsToPointerPost{}},
	"HasManyFKOnlyWrong":  {&HasManyFKOnlyWrongUser{}},
	"PolyFKOverride":      {&PolyFKOverrideDog{}},
	"NonStructSliceTyped": {&NonStructSliceTypedUser{}},
	"AnonStruct":          {&AnonStructUser{}},
	"AnonStructEmbedded":  {&AnonStructEmbeddedUser{}},
	"FuncField":           {&FuncFieldUser{}},
	"NamedSlice":          {&NamedSliceUser{}},
	"GenericTarget":       {&GenericTargetUser{}},
	"MutualRecursion":     {&MutualRecursionA{}},
	"DeepEmbedding":       {&DeepEmbeddingUser{}},
	"EmbeddedPointer":     {&EmbeddedPointerUser{}},
	"HasOneSameName":      {&HasOneSameNameItem{}},
	"HasOneSwapped":       {&HasOneSwappedMember{}},
	"BelongsToForced":     {&BelongsToForcedItem{}},
	"OpaqueJSONB":         {&OpaqueJSONBUser{}},
	"OpaqueSerializer":    {&OpaqueSerializerUser{}},
	"OpaqueIgnored":       {&OpaqueIgnoredUser{}},
	"OpaqueValuer":        {&OpaqueValuerUser{}},
	"OpaqueScanner":       {&OpaqueScannerUser{}},
	"TwoLevelHas":         {&TwoLevelHasDoc{}},
	"TwoLevelHasPtr":      {&TwoLevelHasPtrDoc{}},
	"ThreeLevelHas":       {&ThreeLevelHasPage{}},
	"BunStyleTag":         {&BunStyleTagUser{}},
	"HarmlessComma":       {&HarmlessCommaSource{}},
	"SerializedCfg":       {&SerializedCfgRule{}},
	"LocalModels":         LocalModels(),
	"LocalBroken":         LocalBroken(),
}

// Migrate is how a program hands its models to GORM; it is also what
// tells relcheck that these untagged structs are models.
func Migrate(db *gorm.DB) error {
	return db.AutoMigrate(
		&HasManyDefaultUser{},
		&HasManyNoFKUser{},
		&HasOneDefaultUser{},
		&HasOneSameNameItem{},
		&HasOneSwappedMember{},
		&BelongsToForcedItem{},
		&BelongsToDefaultUser{},
		&BelongsToNoFKUser{},
		&HasOneBeatsBelongsUser{},
		&FKExplicitUser{},
		&FKTypoUser{},
		&RefsExplicitTeam{},
		&RefsTypoTeam{},
		&HasOneFKRefsUser{},
		&SelfBelongsEmployee{},
		&SelfHasManyEmployee{},
		&SelfM2MUser{},
		&PolyDog{},
		&PolyCat{},
		&PolyNoTypeDog{},
		&PolyNoIDDog{},
		&PolyExplicitDog{},
		&PolyValueDog{},
		&M2MDefaultUser{},
		&M2MJoinColsUser{},
		&M2MFKTypoUser{},
		&M2MRefTypoUser{},
		&M2MCustomKeysUser{},
		&CompositeHasOrder{},
		&CompositeHalfOrder{},
		&EmbeddedBaseUser{},
		&EmbeddedPrefixPost{},
		&EmbeddedRelationDoc{},
		&MapFieldUser{},
		&StringSliceUser{},
		&StringSliceTypedUser{},
		&ValuerFieldUser{},
		&IgnoredFieldUser{},
		&CrossPackageCity{},
		&CrossPackageHasShop{},
		&FKByColumnUser{},
		&RefsByColumnTeam{},
		&PointerSliceUser{},
		&SliceOfPointersUser{},
		&IdSpellingUser{},
		&ColumnNamedFKUser{},
		&InterfaceFieldUser{},
		&ArrayOfStructUser{},
		&GormModelHasManyUser{},
		&TimeAndBytesUser{},
		&BelongsToPointerPost{},
		&HasManyFKOnlyWrongUser{},
		&PolyFKOverrideDog{},
		&NonStructSliceTypedUser{},
		&AnonStructUser{},
		&AnonStructEmbeddedUser{},
		&FuncFieldUser{},
		&NamedSliceUser{},
		&GenericTargetUser{},
		&MutualRecursionA{},
		&DeepEmbeddingUser{},
		&EmbeddedPointerUser{},
		&OpaqueJSONBUser{},
		&OpaqueSerializerUser{},
		&OpaqueIgnoredUser{},
		&OpaqueValuerUser{},
		&OpaqueScannerUser{},
		&TwoLevelHasDoc{},
		&TwoLevelHasPtrDoc{},
		&ThreeLevelHasPage{},
		&BunStyleTagUser{},
		&HarmlessCommaSource{},
		&SerializedCfgRule{},
	)
}

// --- has-many / has-one / belongs-to guessing ---

type HasManyDefaultUser struct {
	ID    uint
	Posts []HasManyDefaultPost
}
type HasManyDefaultPost struct {
	ID                   uint
	HasManyDefaultUserID uint
}

type HasManyNoFKUser struct {
	ID    uint
	Posts []HasManyNoFKPost
}
type HasManyNoFKPost struct {
	ID     uint
	UserID uint // GORM looks for HasManyNoFKUserID
}

type HasOneDefaultUser struct {
	ID      uint
	Profile HasOneDefaultProfile
}
type HasOneDefaultProfile struct {
	ID                  uint
	HasOneDefaultUserID uint
}

type BelongsToDefaultUser struct {
	ID        uint
	CompanyID uint
	Company   BelongsToDefaultCompany
}
type BelongsToDefaultCompany struct{ ID uint }

type BelongsToNoFKUser struct {
	ID      uint
	Company BelongsToNoFKCompany
}
type BelongsToNoFKCompany struct{ ID uint }

// Both models hold a candidate key: GORM tries has-one first.
type HasOneBeatsBelongsUser struct {
	ID     uint
	BossID uint
	Boss   HasOneBeatsBelongsBoss
}
type HasOneBeatsBelongsBoss struct {
	ID                       uint
	HasOneBeatsBelongsUserID uint
}

type FKExplicitUser struct {
	ID         uint
	CompanyRef uint
	Company    FKExplicitCompany `gorm:"foreignKey:CompanyRef"`
}
type FKExplicitCompany struct{ ID uint }

type FKTypoUser struct {
	ID         uint
	CompanyRef uint
	Company    FKTypoCompany `gorm:"foreignKey:CompanyRf"`
}
type FKTypoCompany struct{ ID uint }

type RefsExplicitTeam struct {
	ID      uint
	Code    string               `gorm:"uniqueIndex"`
	Members []RefsExplicitMember `gorm:"foreignKey:TeamCode;references:Code"`
}
type RefsExplicitMember struct {
	ID       uint
	TeamCode string
}

type RefsTypoTeam struct {
	ID      uint
	Code    string
	Members []RefsTypoMember `gorm:"foreignKey:TeamCode;references:Cod"`
}
type RefsTypoMember struct {
	ID       uint
	TeamCode string
}

type HasOneFKRefsUser struct {
	ID      uint
	Name    string              `gorm:"uniqueIndex"`
	Profile HasOneFKRefsProfile `gorm:"foreignKey:UserName;references:Name"`
}
type HasOneFKRefsProfile struct {
	ID       uint
	UserName string
}

// Both models carry UserID: foreignKey:UserID lands on has-one (the
// target's UserID, joined to the item's ID), not on the belongs-to meant.
type HasOneSameNameItem struct {
	ID     uint
	UserID uint
	User   HasOneSameNameUser `gorm:"foreignKey:UserID"`
}
type HasOneSameNameUser struct {
	ID     uint
	UserID uint
}

// The same with belongsTo: GORM skips the has-one guess.
type BelongsToForcedItem struct {
	ID     uint
	UserID uint
	User   BelongsToForcedUser `gorm:"foreignKey:UserID;belongsTo"`
}
type BelongsToForcedUser struct {
	ID     uint
	UserID uint
}

// foreignKey and references swapped: GORM finds the target's ID and reads
// a has-one joining the role's ID to the member's RoleID.
type HasOneSwappedMember struct {
	ID     uint
	RoleID uint
	Role   HasOneSwappedRole `gorm:"foreignKey:ID;references:RoleID"`
}
type HasOneSwappedRole struct{ ID uint }

// --- self-references ---

type SelfBelongsEmployee struct {
	ID        uint
	ManagerID *uint
	Manager   *SelfBelongsEmployee
}

type SelfHasManyEmployee struct {
	ID        uint
	ManagerID *uint
	Reports   []SelfHasManyEmployee `gorm:"foreignKey:ManagerID"`
}

type SelfM2MUser struct {
	ID      uint
	Friends []*SelfM2MUser `gorm:"many2many:self_friendships"`
}

// --- polymorphic ---

type PolyDog struct {
	ID   uint
	Toys []PolyToy `gorm:"polymorphic:Owner"`
}
type PolyCat struct {
	ID  uint
	Toy PolyToy `gorm:"polymorphic:Owner"`
}
type PolyToy struct {
	ID        uint
	OwnerID   uint
	OwnerType string
}

type PolyNoTypeDog struct {
	ID   uint
	Toys []PolyNoTypeToy `gorm:"polymorphic:Owner"`
}
type PolyNoTypeToy struct {
	ID      uint
	OwnerID uint
}

type PolyNoIDDog struct {
	ID   uint
	Toys []PolyNoIDToy `gorm:"polymorphic:Owner"`
}
type PolyNoIDToy struct {
	ID        uint
	OwnerType string
}

type PolyExplicitDog struct {
	ID   uint
	Toys []PolyExplicitToy `gorm:"polymorphicType:Kind;polymorphicId:Ref"`
}
type PolyExplicitToy struct {
	ID   uint
	Ref  uint
	Kind string
}

type PolyValueDog struct {
	ID   uint
	Toys []PolyValueToy `gorm:"polymorphic:Owner;polymorphicValue:dog"`
}
type PolyValueToy struct {
	ID        uint
	OwnerID   uint
	OwnerType string
}

type PolyFKOverrideDog struct {
	ID   uint
	Tag  string
	Toys []PolyFKOverrideToy `gorm:"polymorphic:Owner;foreignKey:Tagg"`
}
type PolyFKOverrideToy struct {
	ID        uint
	OwnerID   string
	OwnerType string
}

// --- many-to-many ---

type M2MDefaultUser struct {
	ID        uint
	Languages []M2MDefaultLanguage `gorm:"many2many:m2m_default_user_languages"`
}
type M2MDefaultLanguage struct{ ID uint }

type M2MJoinColsUser struct {
	ID        uint
	Languages []M2MJoinColsLanguage `gorm:"many2many:m2m_join_cols;joinForeignKey:Person;joinReferences:Lang"`
}
type M2MJoinColsLanguage struct{ ID uint }

type M2MFKTypoUser struct {
	ID        uint
	Code      string
	Languages []M2MFKTypoLanguage `gorm:"many2many:m2m_fk_typo;foreignKey:Cdoe"`
}
type M2MFKTypoLanguage struct{ ID uint }

type M2MRefTypoUser struct {
	ID        uint
	Languages []M2MRefTypoLanguage `gorm:"many2many:m2m_ref_typo;references:Cod"`
}
type M2MRefTypoLanguage struct {
	ID   uint
	Code string
}

type M2MCustomKeysUser struct {
	ID        uint
	Handle    string                  `gorm:"uniqueIndex"`
	Languages []M2MCustomKeysLanguage `gorm:"many2many:m2m_custom_keys;foreignKey:Handle;references:Code"`
}
type M2MCustomKeysLanguage struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

// --- composite keys ---

type CompositeHasOrder struct {
	Shop  string `gorm:"primaryKey"`
	No    int    `gorm:"primaryKey"`
	Lines []CompositeHasLine
}
type CompositeHasLine struct {
	ID                    uint
	CompositeHasOrderShop string
	CompositeHasOrderNo   int
}

type CompositeHalfOrder struct {
	Shop  string `gorm:"primaryKey"`
	No    int    `gorm:"primaryKey"`
	Lines []CompositeHalfLine
}
type CompositeHalfLine struct {
	ID                   uint
	CompositeHalfOrderNo int
}

// --- embedding ---

type EmbeddedBase struct {
	ID        uint
	CreatedAt time.Time
}
type EmbeddedBaseUser struct {
	EmbeddedBase
	Posts []EmbeddedBasePost
}
type EmbeddedBasePost struct {
	EmbeddedBase
	EmbeddedBaseUserID uint
}

type EmbeddedPrefixAuthor struct {
	Name  string
	Email string
}
type EmbeddedPrefixPost struct {
	ID     uint
	Author EmbeddedPrefixAuthor `gorm:"embedded;embeddedPrefix:author_"`
}

type EmbeddedRelationAudit struct {
	CreatorID uint
	Creator   EmbeddedRelationUser
}
type EmbeddedRelationDoc struct {
	ID uint
	EmbeddedRelationAudit
}
type EmbeddedRelationUser struct{ ID uint }

type GormModelHasManyUser struct {
	gorm.Model
	Posts []GormModelHasManyPost
}
type GormModelHasManyPost struct {
	gorm.Model
	GormModelHasManyUserID uint
}

// --- fields that are not relations ---

type MapFieldUser struct {
	ID    uint
	Extra map[string]string
}

type StringSliceUser struct {
	ID   uint
	Tags []string
}

type StringSliceTypedUser struct {
	ID   uint
	Tags []string `gorm:"type:text"`
}

type NonStructSliceTypedUser struct {
	ID    uint
	Codes []int `gorm:"serializer:json"`
}

type JSONMap map[string]any

func (JSONMap) Value() (driver.Value, error) { return "{}", nil }
func (*JSONMap) Scan(any) error              { return nil }

type ValuerFieldUser struct {
	ID    uint
	Extra JSONMap
}

type IgnoredFieldUser struct {
	ID    uint
	Cache map[string]any `gorm:"-"`
}

type InterfaceFieldUser struct {
	ID  uint
	Any any
}

type ArrayOfStructUser struct {
	ID    uint
	Posts [2]ArrayOfStructPost
}
type ArrayOfStructPost struct {
	ID                  uint
	ArrayOfStructUserID uint
}

type TimeAndBytesUser struct {
	ID      uint
	Born    time.Time
	Seen    *time.Time
	Avatar  []byte
	Hash    [32]byte
	Deleted gorm.DeletedAt
}

// --- across packages, columns, pointers ---

type CrossPackageCity struct {
	ID       uint
	RegionID uint
	Region   other.Region
}

type CrossPackageHasShop struct {
	ID        uint
	CodeValue string
	Code      other.Code
}

type FKByColumnUser struct {
	ID      uint
	Profile FKByColumnProfile `gorm:"foreignKey:owner_ref"`
}
type FKByColumnProfile struct {
	ID       uint
	OwnerRef uint
}

type RefsByColumnTeam struct {
	ID      uint
	Code    string               `gorm:"uniqueIndex"`
	Members []RefsByColumnMember `gorm:"foreignKey:TeamCode;references:code"`
}
type RefsByColumnMember struct {
	ID       uint
	TeamCode string
}

type PointerSliceUser struct {
	ID    uint
	Posts *[]PointerSlicePost
}
type PointerSlicePost struct {
	ID                 uint
	PointerSliceUserID uint
}

type SliceOfPointersUser struct {
	ID    uint
	Posts []*SliceOfPointersPost
}
type SliceOfPointersPost struct {
	ID                    uint
	SliceOfPointersUserID uint
}

type IdSpellingUser struct {
	ID    uint
	Posts []IdSpellingPost
}
type IdSpellingPost struct {
	ID               uint
	IdSpellingUserId uint
}

type ColumnNamedFKUser struct {
	ID    uint
	Posts []ColumnNamedFKPost
}
type ColumnNamedFKPost struct {
	ID    uint
	Owner uint `gorm:"column:column_named_fk_user_id"`
}

type BelongsToPointerPost struct {
	ID       uint
	AuthorID *uint
	Author   *BelongsToPointerAuthor
}
type BelongsToPointerAuthor struct{ ID uint }

// foreignKey names a field of the owner on a slice: has-many looks in the
// target only.
type HasManyFKOnlyWrongUser struct {
	ID     uint
	PostID uint
	Posts  []HasManyFKOnlyWrongPost `gorm:"foreignKey:PostID"`
}
type HasManyFKOnlyWrongPost struct{ ID uint }

// --- shapes the robustness suite also covers ---

type AnonStructUser struct {
	ID      uint
	Address struct {
		City string
	}
}

type AnonStructEmbeddedUser struct {
	ID      uint
	Address struct {
		City string
	} `gorm:"embedded"`
}

type FuncFieldUser struct {
	ID uint
	Fn func()
}

type NamedSlicePosts []NamedSlicePost

type NamedSliceUser struct {
	ID    uint
	Posts NamedSlicePosts
}
type NamedSlicePost struct {
	ID               uint
	NamedSliceUserID uint
}

type GenericTargetItem[T any] struct {
	ID                  uint
	GenericTargetUserID uint
	Value               T `gorm:"-"`
}

type GenericTargetUser struct {
	ID    uint
	Items []GenericTargetItem[int]
}

type MutualRecursionA struct {
	ID    uint
	BID   *uint
	B     *MutualRecursionB
	Peers []MutualRecursionB `gorm:"foreignKey:AID"`
}
type MutualRecursionB struct {
	ID  uint
	AID *uint
	A   *MutualRecursionA
}

type DeepEmbeddingLevel2 struct {
	ID uint
}
type DeepEmbeddingLevel1 struct {
	DeepEmbeddingLevel2
	CreatedAt time.Time
}
type DeepEmbeddingUser struct {
	DeepEmbeddingLevel1
	Posts []DeepEmbeddingPost
}
type DeepEmbeddingPost struct {
	ID                  uint
	DeepEmbeddingUserID uint
}

type EmbeddedPointerBase struct {
	ID uint
}
type EmbeddedPointerUser struct {
	*EmbeddedPointerBase
	Name string
}

// --- structs GORM never parses: behind type:, serializer:, "-", or a
// type that values or scans itself. Their slices are data, not relations.

type OpaqueItem struct {
	Name  string
	Parts []OpaquePart
}
type OpaquePart struct{ Code string }

type OpaqueJSONBMeta struct {
	Items  []OpaqueItem
	Lookup map[string]OpaqueItem
}
type OpaqueJSONBUser struct {
	ID     uint
	Meta   OpaqueJSONBMeta   `gorm:"type:jsonb"`
	Nested []OpaqueJSONBMeta `gorm:"type:Nested(name String)"`
}

type OpaqueSerializerMeta struct{ Items []OpaqueItem }
type OpaqueSerializerUser struct {
	ID   uint
	Meta OpaqueSerializerMeta `gorm:"serializer:json"`
}

type OpaqueIgnoredMeta struct{ Items []OpaqueItem }
type OpaqueIgnoredUser struct {
	ID   uint
	Meta OpaqueIgnoredMeta `gorm:"-"`
}

// A JSON column type as real code writes it. (A Value that returns nil
// for the zero value makes GORM look at the first field's type instead,
// a run-time decision relcheck does not guess at.)
type OpaqueValuerMeta struct{ Items []OpaqueItem }

func (m OpaqueValuerMeta) Value() (driver.Value, error) { return json.Marshal(m) }

type OpaqueValuerUser struct {
	ID   uint
	Meta OpaqueValuerMeta
}

// The same with pointer receivers.
type OpaqueScannerMeta struct{ Items []OpaqueItem }

func (m *OpaqueScannerMeta) Value() (driver.Value, error) { return json.Marshal(m) }

func (m *OpaqueScannerMeta) Scan(v any) error { return json.Unmarshal(v.([]byte), m) }

type OpaqueScannerUser struct {
	ID   uint
	Meta *OpaqueScannerMeta
}

// --- embedding two levels deep: the embedded Audit declares Notes, and
// its own primary key comes from the gorm.Model it embeds. GORM's
// embedded has guess uses Audit's schema: TwoLevelHasAuditID.

type TwoLevelHasAudit struct {
	gorm.Model
	Notes []TwoLevelHasNote
}
type TwoLevelHasDoc struct {
	TwoLevelHasAudit
	Title string
}
type TwoLevelHasNote struct {
	ID                 uint
	TwoLevelHasAuditID uint
}

type TwoLevelHasPtrBase struct {
	ID uint
}
type TwoLevelHasPtrAudit struct {
	*TwoLevelHasPtrBase
	Notes []TwoLevelHasPtrNote
}
type TwoLevelHasPtrDoc struct {
	TwoLevelHasPtrAudit
}
type TwoLevelHasPtrNote struct {
	ID                    uint
	TwoLevelHasPtrAuditID uint
}

// Three levels: GORM gives the relation in History the schema of the
// struct embedded first (Versioned), whose key comes from Base.
type ThreeLevelHasBase struct {
	ID uint
}
type ThreeLevelHasHistory struct {
	Revisions []ThreeLevelHasRevision
}
type ThreeLevelHasVersioned struct {
	ThreeLevelHasBase
	ThreeLevelHasHistory
}
type ThreeLevelHasPage struct {
	ThreeLevelHasVersioned
	Slug string
}
type ThreeLevelHasRevision struct {
	ID                       uint
	ThreeLevelHasVersionedID uint
}

// A Bun/go-pg-style tag inside gorm: GORM reads one unknown key.
type BunStyleTagUser struct {
	ID     uint
	Handle string `gorm:"handle_name,notnull"`
}

// Bun-style tags whose every word GORM does anyway.
type HarmlessCommaSource struct {
	ID            uint   `gorm:"primaryKey,autoIncrement"`
	DatasourceIds string `gorm:"datasource_ids,omitempty"`
}

// A struct reached only through a serialized field, whose one gorm tag
// is "-": GORM stores it as JSON and never parses it.
type SerializedCfgRule struct {
	ID   uint
	Cfgs []SerializedCfgItem `gorm:"serializer:json"`
}

type SerializedCfgItem struct {
	Params map[string]string
	Keys   []SerializedCfgKey
	Note   string `gorm:"-"`
}

type SerializedCfgKey struct {
	Name  string
	Parts []string
}

// LocalModels declares models inside a function, as tests do, twice with
// the same names: GORM keeps them apart (its cache is by type).
func LocalModels() []any {
	type Profile struct {
		ID     uint
		UserID uint `gorm:"uniqueIndex"`
	}
	type User struct {
		ID      uint `gorm:"primaryKey"`
		Profile Profile
	}
	models := []any{&User{}}
	{
		type Profile struct {
			ID      uint
			OwnerID uint `gorm:"uniqueIndex"`
		}
		type User struct {
			ID      uint    `gorm:"primaryKey"`
			Profile Profile `gorm:"foreignKey:OwnerID"`
		}
		models = append(models, &User{})
	}
	return models
}

// LocalBroken: a function-local model GORM rejects.
func LocalBroken() []any {
	type Post struct {
		ID    uint
		Title string `gorm:"size:100"`
	}
	type Author struct {
		ID    uint `gorm:"primaryKey"`
		Posts []Post
	}
	return []any{&Author{}}
}
