// Code copied from github.com/go-pg/pg/v10 v10.11.0 (orm/*_test.go): the model types
// of go-pg's own tests, verbatim, without their methods and tests.

package ormtests

import (
	"database/sql"
	"encoding/json"
	"time"

	"github.com/go-pg/pg/v10/types"
)

// from delete_test.go
type DeleteTest struct{}

// from format_test.go
type StructFormatter struct {
	tableName struct{} `pg:"my_name,alias:my_alias"`

	String  string
	UseZero string `pg:",use_zero"`
	Iface   interface{}
}

// from format_test.go
type EmbeddedStructFormatter struct {
	*StructFormatter
}

// from insert_test.go
type InsertTest struct {
	Id    int
	Value string
}

// from insert_test.go
type EmbeddingTest struct {
	tableName struct{} `pg:"name"`

	Id    int
	Field int
}

// from insert_test.go
type EmbeddedInsertTest struct {
	tableName struct{} `pg:"my_name"`
	EmbeddingTest
	Field2 int
}

// from insert_test.go
type InheritInsertTest struct {
	EmbeddingTest `pg:",inherit"`
	Field2        int
}

// from insert_test.go
type InsertDefaultTest struct {
	Id    int
	Value string `pg:"default:hello"`
}

// from insert_test.go
type InsertQTest struct {
	Geo  types.Safe
	Func types.ValueAppender
}

// from internal_test.go
type TableInitRace struct {
	Id  int
	Foo int

	HasSelf   *TableInitRace
	HasSelfId int

	HasOne1   *TableInitRace1
	HasOne1Id int

	HasAnother1   *TableInitRace1
	HasAnother1Id int

	Bar int
}

// from internal_test.go
type TableInitRace1 struct {
	Id  int
	Foo int

	HasOne2   *TableInitRace2
	HasOne2Id int

	Bar int
}

// from internal_test.go
type TableInitRace2 struct {
	Id  int
	Foo int

	HasOne3   *TableInitRace3
	HasOne3Id int

	Bar int
}

// from internal_test.go
type TableInitRace3 struct {
	Id  int
	Foo int
	Bar int
}

// from internal_test.go
type TableInlineRace struct {
	Id  int
	Foo int

	R1   *TableInlineRace1
	R1Id int
	R10  *TableInlineRace1

	R2   *TableInlineRace2
	R2Id int
	R20  *TableInlineRace2

	R3   *TableInitRace3
	R3Id int
	R30  *TableInitRace3
}

// from internal_test.go
type TableInlineRace1 struct {
	Id   int
	Foo1 int

	R2   *TableInlineRace2
	R2Id int
	R20  *TableInlineRace2

	R3   *TableInitRace3
	R3Id int
	R30  *TableInitRace3
}

// from internal_test.go
type TableInlineRace2 struct {
	Id   int
	Foo2 int

	R3   *TableInlineRace3
	R3Id int
	R30  *TableInlineRace3
}

// from internal_test.go
type TableInlineRace3 struct {
	Id   int
	Foo2 int
}

// from join_test.go
type JoinTest struct {
	tableName struct{} `pg:"JoinTest,alias:JoinTest"`

	Id int

	HasOne   *HasOne
	HasOneId int

	BelongsTo *BelongsTo
}

// from join_test.go
type HasOne struct {
	tableName struct{} `pg:"HasOne,alias:HasOne"`

	Id int

	HasOne   *HasOne
	HasOneId int
}

// from join_test.go
type BelongsTo struct {
	tableName struct{} `pg:"BelongsTo,alias:BelongsTo"`

	Id         int
	JoinTestId int
}

// from join_test.go
type HasOneNonPK struct {
	tableName struct{} `pg:"HasOneNonPK,alias:HasOneNonPK"`

	Id int

	CustomKey string `pg:"custom_key"`
}

// from join_test.go
type NonPKJoinTest struct {
	tableName struct{} `pg:"NonPKJoinTest,alias:NonPKJoinTest"`

	Id int

	CustomHasOneKey string       `pg:"custom_has_one_key"`
	CustomHasOne    *HasOneNonPK `pg:"rel:has-one,fk:custom_has_one_key,join_fk:custom_key"`
}

// from select_test.go
type User struct {
	tableName struct{} `pg:"user"`
}

// from select_test.go
type User2 struct {
	tableName struct{} `pg:"select:user,alias:user"`
}

// from select_test.go
type SelectModel struct {
	Id       int
	Name     string
	HasOne   *HasOneModel
	HasOneId int
	HasMany  []HasManyModel
}

// from select_test.go
type HasOneModel struct {
	Id int
}

// from select_test.go
type HasManyModel struct {
	Id            int
	SelectModelId int
}

// from select_test.go
type NonSoftDeleteModel struct {
	Id                int `pg:",pk"`
	Name              string
	SoftDeleteModelId int
	SoftDeleteModel   *SoftDeleteModel
}

// from select_test.go
type SoftDeleteModel struct {
	Id        int
	DeletedAt time.Time `pg:",soft_delete"`
}

// from select_test.go
type SoftDeleteParent struct {
	Id          uint64 `pg:"id,pk"`
	Name        string
	DateDeleted *time.Time `pg:",soft_delete"`

	Children *SoftDeleteChild
}

// from select_test.go
type SoftDeleteChild struct {
	Id                 uint64            `pg:"id,pk"`
	SoftDeleteParentId uint64            `pg:"soft_delete_parent_id,on_delete:CASCADE"`
	SoftDeleteParent   *SoftDeleteParent `pg:"-"`
	Name               string
	SubChildren        *SoftDeleteSubChild
}

// from select_test.go
type SoftDeleteSubChild struct {
	Id                uint64           `pg:"id,pk"`
	SoftDeleteChildId uint64           `pg:"soft_delete_child_id,on_delete:CASCADE"`
	SoftDeleteChild   *SoftDeleteChild `pg:"-"`
	Name              string
}

// from table_create_test.go
type CreateTableModel struct {
	ID             int
	Serial         int
	Int8           int8
	Uint8          uint8
	Int16          int16
	Uint16         uint16
	Int32          int32
	Uint32         uint32
	Int64          int64
	Uint64         uint64
	Float32        float32
	Float64        float64
	Decimal        float64 `pg:"type:'decimal(10,10)'"`
	ByteSlice      []byte
	ByteArray      [32]byte
	String         string    `pg:"default:'D\\'Angelo'"`
	Varchar        string    `pg:",type:varchar(500)"`
	Time           time.Time `pg:"default:now()"`
	Duration       time.Duration
	NotNull        int `pg:",notnull"`
	NullBool       sql.NullBool
	NullFloat64    sql.NullFloat64
	NullInt64      sql.NullInt64
	NullString     sql.NullString
	Slice          []int
	SliceArray     []int `pg:",array"`
	Map            map[int]int
	MapHstore      map[int]int `pg:",hstore"`
	Struct         struct{}
	StructPtr      *struct{}
	Unique         int `pg:",unique"`
	UniqueField1   int `pg:"unique:field1_field2"`
	UniqueField2   int `pg:"unique:field1_field2"`
	JSONRawMessage json.RawMessage
}

// from table_create_test.go
type CreateTableWithoutPKModel struct {
	String string
}

// from table_create_test.go
type CreateTableOnDeleteOnUpdateModel struct {
	ID                 int
	CreateTableModelID int `pg:"on_delete:RESTRICT, on_update:CASCADE"`
	CreateTableModel   *CreateTableModel
}

// from table_create_test.go
type CreateTableWithTablespace struct {
	tableName string `pg:"tablespace:ssd"`

	String string
}

// from table_create_test.go
type CreateTableWithRangePartition struct {
	tableName string `pg:"partition_by:RANGE (time)"`

	Time   time.Time
	String string
}

// from table_create_test.go
type CreateTableWithListPartition struct {
	tableName string `pg:"partition_by:LIST (country)"`

	Country string
	String  string
}

// from table_create_test.go
type CreateTableWithHashPartition struct {
	tableName string `pg:"partition_by:HASH (account_id)"`

	ID        int `pg:",pk,type:int,default:0"`
	AccountID int
	String    string
}

// from table_create_test.go
type CreateTableWithMultipleNamedUniques struct {
	ID               int    `pg:",pk"`
	AccountID        int    `pg:",unique:'per_account,per_store'"`
	OrderNumber      string `pg:",unique:per_account"`
	StoreOrderNumber string `pg:",unique:per_store"`
}

// from table_drop_test.go
type DropTableModel struct{}

// from table_test.go
type A struct {
	Id int
}

// from table_test.go
type B struct {
	A
}

// from table_test.go
type C struct {
	Name int `pg:",pk"`
	Id   int
	UUID int
}

// from table_test.go
type D struct {
	UUID int
}

// from table_test.go
type E struct {
	Id          int
	StructField struct {
		Foo string
		Bar string
	}
}

// from table_test.go
type H struct {
	I *I
}

// from table_test.go
type I struct {
	H *H
}

// from table_test.go
type J struct {
	JId int64 `pg:",pk"`
}

// from table_test.go
type K struct {
	KId  int64 `pg:",pk"`
	MyId int64
	My   *J
}

// from table_test.go
type L struct {
	Id int64
}

// from table_test.go
type M struct {
	Id   int64
	Name string
}

// from table_test.go
type N struct {
	M
	Id string
}

// from table_test.go
type O struct {
	M
	Id struct{} `pg:"-"`
}

// from table_test.go
type Nameless struct {
	tableName struct{} `pg:"_"`

	Id int
}

// from update_test.go
type UpdateTest struct {
	Id    int
	Value string `pg:"type:mytype"`
}

// from update_test.go
type SerialUpdateTest struct {
	Id    uint64 `pg:"type:bigint,pk"`
	Value string
}

// Models lists every type above, for the oracle.
var Models = map[string]any{
	"A":                                   (*A)(nil),
	"B":                                   (*B)(nil),
	"BelongsTo":                           (*BelongsTo)(nil),
	"C":                                   (*C)(nil),
	"CreateTableModel":                    (*CreateTableModel)(nil),
	"CreateTableOnDeleteOnUpdateModel":    (*CreateTableOnDeleteOnUpdateModel)(nil),
	"CreateTableWithHashPartition":        (*CreateTableWithHashPartition)(nil),
	"CreateTableWithListPartition":        (*CreateTableWithListPartition)(nil),
	"CreateTableWithMultipleNamedUniques": (*CreateTableWithMultipleNamedUniques)(nil),
	"CreateTableWithRangePartition":       (*CreateTableWithRangePartition)(nil),
	"CreateTableWithTablespace":           (*CreateTableWithTablespace)(nil),
	"CreateTableWithoutPKModel":           (*CreateTableWithoutPKModel)(nil),
	"D":                                   (*D)(nil),
	"DeleteTest":                          (*DeleteTest)(nil),
	"DropTableModel":                      (*DropTableModel)(nil),
	"E":                                   (*E)(nil),
	"EmbeddedInsertTest":                  (*EmbeddedInsertTest)(nil),
	"EmbeddedStructFormatter":             (*EmbeddedStructFormatter)(nil),
	"EmbeddingTest":                       (*EmbeddingTest)(nil),
	"H":                                   (*H)(nil),
	"HasManyModel":                        (*HasManyModel)(nil),
	"HasOne":                              (*HasOne)(nil),
	"HasOneModel":                         (*HasOneModel)(nil),
	"HasOneNonPK":                         (*HasOneNonPK)(nil),
	"I":                                   (*I)(nil),
	"InheritInsertTest":                   (*InheritInsertTest)(nil),
	"InsertDefaultTest":                   (*InsertDefaultTest)(nil),
	"InsertQTest":                         (*InsertQTest)(nil),
	"InsertTest":                          (*InsertTest)(nil),
	"J":                                   (*J)(nil),
	"JoinTest":                            (*JoinTest)(nil),
	"K":                                   (*K)(nil),
	"L":                                   (*L)(nil),
	"M":                                   (*M)(nil),
	"N":                                   (*N)(nil),
	"Nameless":                            (*Nameless)(nil),
	"NonPKJoinTest":                       (*NonPKJoinTest)(nil),
	"NonSoftDeleteModel":                  (*NonSoftDeleteModel)(nil),
	"O":                                   (*O)(nil),
	"SelectModel":                         (*SelectModel)(nil),
	"SerialUpdateTest":                    (*SerialUpdateTest)(nil),
	"SoftDeleteChild":                     (*SoftDeleteChild)(nil),
	"SoftDeleteModel":                     (*SoftDeleteModel)(nil),
	"SoftDeleteParent":                    (*SoftDeleteParent)(nil),
	"SoftDeleteSubChild":                  (*SoftDeleteSubChild)(nil),
	"StructFormatter":                     (*StructFormatter)(nil),
	"TableInitRace":                       (*TableInitRace)(nil),
	"TableInitRace1":                      (*TableInitRace1)(nil),
	"TableInitRace2":                      (*TableInitRace2)(nil),
	"TableInitRace3":                      (*TableInitRace3)(nil),
	"TableInlineRace":                     (*TableInlineRace)(nil),
	"TableInlineRace1":                    (*TableInlineRace1)(nil),
	"TableInlineRace2":                    (*TableInlineRace2)(nil),
	"TableInlineRace3":                    (*TableInlineRace3)(nil),
	"UpdateTest":                          (*UpdateTest)(nil),
	"User":                                (*User)(nil),
	"User2":                               (*User2)(nil),
}
