// Code copied from github.com/go-pg/pg/v10 v10.11.0 (*_test.go of package pg): the model types
// of go-pg's own tests, verbatim, without their methods and tests.

package pgtests

import (
	"time"

	"github.com/go-pg/pg/v10"
)

// from bench_test.go
type Record struct {
	Num1, Num2, Num3 int64
	Str1, Str2, Str3 string
}

// from bench_test.go
type OptRecord struct {
	Num1, Num2, Num3 int64
	Str1, Str2, Str3 string
}

// from bench_test.go
type OptRecords struct {
	C []OptRecord
}

// from conv_test.go
type Valuer struct {
	v string
}

// from conv_test.go
type Struct struct {
	Foo string
}

// from db_test.go
type Genre struct {
	// tableName is an optional field that specifies custom table name and alias.
	// By default go-pg generates table name and alias from struct name.
	tableName struct{} `pg:"genres,alias:genre"` // default values are the same

	ID     int
	Name   string
	Rating int `pg:"-"` // - is used to ignore field

	Books []Book `pg:"many2many:book_genres"`

	ParentID  int
	Subgenres []Genre `pg:"rel:has-many,join_fk:parent_id"`
}

// from db_test.go
type Image struct {
	ID   int
	Path string
}

// from db_test.go
type Author struct {
	ID    int
	Name  string  `pg:",unique"`
	Books []*Book `pg:"rel:has-many"`

	AvatarID int
	Avatar   Image `pg:"rel:has-one"`
}

// from db_test.go
type BookGenre struct {
	tableName struct{} `pg:"alias:bg"` // custom table alias

	BookID  int    `pg:",pk"` // pk tag is used to mark field as primary key
	Book    *Book  `pg:"rel:has-one"`
	GenreID int    `pg:",pk"`
	Genre   *Genre `pg:"rel:has-one"`

	Genre_Rating int // belongs to and is copied to Genre model
}

// from db_test.go
type Book struct {
	ID        int
	Title     string
	AuthorID  int
	Author    Author `pg:"rel:has-one"`
	EditorID  int
	Editor    *Author   `pg:"rel:has-one"`
	CreatedAt time.Time `pg:"default:now()"`
	UpdatedAt time.Time

	Genres       []Genre       `pg:"many2many:book_genres"` // many to many relation
	Translations []Translation `pg:"rel:has-many"`
	Comments     []Comment     `pg:"rel:has-many,join_fk:trackable_,polymorphic"`
}

// from db_test.go
type BookWithCommentCount struct {
	Book `pg:",inherit"`

	CommentCount int
}

// from db_test.go
type Translation struct {
	tableName struct{} `pg:",alias:tr"` // custom table alias

	ID     int
	BookID int    `pg:"unique:book_id_lang"`
	Book   *Book  `pg:"rel:has-one"`
	Lang   string `pg:"unique:book_id_lang"`

	Comments []Comment `pg:"rel:has-many,join_fk:trackable_,polymorphic"`
}

// from db_test.go
type Comment struct {
	TrackableID   int    // Book.ID or Translation.ID
	TrackableType string // "Book" or "Translation"
	Text          string
}

// from db_test.go
type SoftDeleteWithTimeModel struct {
	ID        int
	DeletedAt time.Time `pg:",soft_delete"`
}

// from db_test.go
type SoftDeleteWithIntModel struct {
	ID        int
	DeletedAt *int64 `pg:",soft_delete"`
}

// from db_test.go
type Recipe struct {
	tableName   struct{} `pg:"?tenant.recipes"`
	Id          int
	Ingredients []*Ingredient `pg:"many2many:?tenant.ingredients_recipes"`
}

// from db_test.go
type Ingredient struct {
	tableName struct{} `pg:"?tenant.ingredients"`
	Id        int
	Recipes   []*Recipe `pg:"many2many:?tenant.ingredients_recipes"`
}

// from db_test.go
type IngredientRecipe struct {
	tableName    struct{}    `pg:"?tenant.ingredients_recipes"`
	Recipe       *Recipe     `pg:"rel:has-one"`
	RecipeId     int         `pg:",pk"`
	Ingredient   *Ingredient `pg:"rel:has-one"`
	IngredientId int         `pg:",pk"`
}

// from example_array_test.go
type MyArrayValueScanner struct {
	sum int
}

// from example_composite_test.go
type InventoryItem struct {
	Name       string
	SupplierID int
	Price      float64
}

// from example_composite_test.go
type OnHand struct {
	tableName struct{} `pg:"on_hand"`

	Item  InventoryItem `pg:"composite:inventory_item"`
	Count int
}

// from example_custom_test.go
type Time struct {
	time.Time
}

// from example_custom_test.go
type Event struct {
	Id   int
	Time Time `pg:"type:time"`
}

// from example_db_model_test.go
type User struct {
	Id     int64
	Name   string
	Emails []string
}

// from example_db_model_test.go
type Story struct {
	Id       int64
	Title    string
	AuthorId int64
	Author   *User `pg:"rel:has-one"`
}

// from example_many2many_self_test.go
type Elem struct {
	Id    int
	Elems []Elem `pg:"many2many:elem_to_elems,join_fk:sub_id"`
}

// from example_many2many_self_test.go
type ElemToElem struct {
	ElemId int
	SubId  int
}

// from example_many2many_test.go
type Order struct {
	Id    int
	Items []Item `pg:"many2many:order_to_items"`
}

// from example_many2many_test.go
type Item struct {
	Id int
}

// from example_many2many_test.go
type OrderToItem struct {
	OrderId int
	ItemId  int
}

// from example_placeholders_test.go
type Params struct {
	X int
	Y int
}

// from example_soft_delete_test.go
type CustomTime struct {
	Time time.Time
}

// from example_soft_delete_test.go
type Video struct {
	Id        int
	Name      string
	DeletedAt CustomTime `pg:",soft_delete"`
}

// from hook_test.go
type HookTest struct {
	Id    int
	Value string

	beforeScan int
	afterScan  int

	afterSelect int

	beforeInsert int
	afterInsert  int

	beforeUpdate int
	afterUpdate  int

	beforeDelete int
	afterDelete  int
}

// from loader_test.go
type LoaderTest struct {
	db *pg.DB
}

// from main_test.go
type DBTest struct {
	db *pg.DB
}

// from pool_test.go
type PoolTest struct {
	db *pg.DB
}

// Models lists every type above, for the oracle.
var Models = map[string]any{
	"Author":                  (*Author)(nil),
	"Book":                    (*Book)(nil),
	"BookGenre":               (*BookGenre)(nil),
	"BookWithCommentCount":    (*BookWithCommentCount)(nil),
	"Comment":                 (*Comment)(nil),
	"CustomTime":              (*CustomTime)(nil),
	"DBTest":                  (*DBTest)(nil),
	"Elem":                    (*Elem)(nil),
	"ElemToElem":              (*ElemToElem)(nil),
	"Event":                   (*Event)(nil),
	"Genre":                   (*Genre)(nil),
	"HookTest":                (*HookTest)(nil),
	"Image":                   (*Image)(nil),
	"Ingredient":              (*Ingredient)(nil),
	"IngredientRecipe":        (*IngredientRecipe)(nil),
	"InventoryItem":           (*InventoryItem)(nil),
	"Item":                    (*Item)(nil),
	"LoaderTest":              (*LoaderTest)(nil),
	"MyArrayValueScanner":     (*MyArrayValueScanner)(nil),
	"OnHand":                  (*OnHand)(nil),
	"OptRecord":               (*OptRecord)(nil),
	"OptRecords":              (*OptRecords)(nil),
	"Order":                   (*Order)(nil),
	"OrderToItem":             (*OrderToItem)(nil),
	"Params":                  (*Params)(nil),
	"PoolTest":                (*PoolTest)(nil),
	"Recipe":                  (*Recipe)(nil),
	"Record":                  (*Record)(nil),
	"SoftDeleteWithIntModel":  (*SoftDeleteWithIntModel)(nil),
	"SoftDeleteWithTimeModel": (*SoftDeleteWithTimeModel)(nil),
	"Story":                   (*Story)(nil),
	"Struct":                  (*Struct)(nil),
	"Time":                    (*Time)(nil),
	"Translation":             (*Translation)(nil),
	"User":                    (*User)(nil),
	"Valuer":                  (*Valuer)(nil),
	"Video":                   (*Video)(nil),
}
