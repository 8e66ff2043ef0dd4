package gopgrels

import (
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

// GORM and Bun models next to go-pg ones: each is read by its own
// dialect, and none of them draws a finding meant for another ORM.
type Invoice struct {
	gorm.Model
	Lines []InvoiceLine `gorm:"foreignKey:InvoiceID"`
}

type InvoiceLine struct {
	ID        uint
	InvoiceID uint
}

type Ticket struct {
	bun.BaseModel `bun:"table:tickets"`

	ID    int64        `bun:",pk"`
	Notes []TicketNote `bun:"rel:has-many,join:id=ticket_id"`
}

type TicketNote struct {
	ID       int64 `bun:",pk"`
	TicketID int64
}

// A go-pg model pointing at an untagged struct: the target is go-pg's.
type Shelf struct {
	ID    int64
	Books []Book `pg:"rel:has-many"`
}

type Book struct {
	ID      int64
	ShelfID int64
}
