package prechasone

// go-pg's belongs-to (the key on the other model) is a JOIN too, and go-pg
// has no tag to narrow it.
type Shop struct {
	tableName struct{} `pg:"shops"`
	ID        int64
	Orders    []*Order `pg:"rel:has-many"`
	Last      *Order   `pg:"rel:belongs-to"` // want `Shop\.Last shares Order\.ShopID with the has-many Shop\.Orders; load the rows through Shop\.Orders`
}

type Order struct {
	ID     int64
	ShopID int64
}
