package notrelations // want package:"models Order, Invoice, Receipt"

// Struct-typed fields that the ORMs read as columns or skip: the structs
// behind them are never models, so their slices and maps are never
// relations.

import (
	"database/sql/driver"

	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

// Payload is JSON in a column; its slices are data, not relations.
type Payload struct {
	Items  []Item
	Lookup map[string]Item
}

type Item struct {
	Name  string
	Parts []Part
}

type Part struct{ Code string }

// Valued writes itself to the database (value receiver).
type Valued struct{ Items []Item }

func (Valued) Value() (driver.Value, error) { return nil, nil }

// Scanned reads itself from the database (pointer receiver).
type Scanned struct{ Items []Item }

func (*Scanned) Scan(any) error { return nil }

type Nested struct{ Items []Item }

type Skipped struct{ Items []Item }

type Serialized struct{ Items []Item }

// GORM never parses the struct behind any of these fields.
type Order struct {
	gorm.Model
	Payload    Payload    `gorm:"type:jsonb"`
	Nested     []Nested   `gorm:"type:Nested(name String, items Array(String))"`
	Serialized Serialized `gorm:"serializer:json"`
	Skipped    Skipped    `gorm:"-"`
	Valued     Valued
	Scanned    *Scanned
}

type BunSkipped struct{ Items []Item }

type BunPayload struct{ Items []Item }

// Bun reads only rel: and m2m: fields as relations.
type Invoice struct {
	bun.BaseModel `bun:"table:invoices"`

	ID      int64      `bun:",pk"`
	Skipped BunSkipped `bun:"-"`
	Payload BunPayload `bun:"type:jsonb"`
}

type PgSkipped struct{ Items []Item }

type PgPayload struct{ Items []Item }

// go-pg skips "-" and reads a typed struct as a column.
type Receipt struct {
	ID      int64
	Skipped PgSkipped `pg:"-"`
	Payload PgPayload `pg:"type:jsonb"`
}

var _ = gorm.DB{}
