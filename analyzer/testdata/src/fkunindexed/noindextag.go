package fkunindexed

// Bun and go-pg have no tag for a plain index (they create indexes in
// code relcheck cannot see), so their keys are never reported, even with
// the rule on. A composite primary key's leading column is indexed.

type Author struct {
	ID    int64  `bun:",pk"`
	Books []Book `bun:"rel:has-many,join:id=author_id"`
}

type Book struct {
	ID       int64 `bun:",pk"`
	AuthorID int64
}

type Shelf struct {
	ID     int64
	Crates []Crate `pg:"rel:has-many"`
}

type Crate struct {
	ID      int64
	ShelfID int64
}
