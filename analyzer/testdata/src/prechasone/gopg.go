package prechasone

// go-pg's belongs-to (the key on the other model) is a JOIN too, and go-pg
// has no tag to narrow it.
type Shop struct {
	tableName struct{} `pg:"shops"`
	ID        int64
	Orders    []*Order `pg:"rel:has-many"`
	Last      *Order   `pg:"rel:belongs-to"` // want `Shop.Last is a has-one over Order.ShopID \(gopg.go:\d+\), which Shop.Orders \(gopg.go:\d+\) also uses, so it is not unique: go-pg loads a has-one with a JOIN in the Shop query itself.*; load the rows through Shop.Orders$`
}

type Order struct {
	ID     int64
	ShopID int64
}
