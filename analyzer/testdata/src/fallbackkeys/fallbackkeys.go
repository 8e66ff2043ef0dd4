package fallbackkeys // want package:"models Account, Transaction, Project, Task, User, Document, Wallet, Payment"

// Bun and go-pg look for <prefix><key column>, then for a column named
// like the key itself. Under the convention "a foreign key is named like
// the key it references", and with composite tenant keys, the second
// lookup is the join that is meant. Only a join of a primary key to a
// primary key is a mistake.

// go-pg: Account's key column is account_id.
type Account struct {
	AccountID    int64          `pg:",pk"`
	Transactions []*Transaction `pg:"rel:has-many"`
}

type Transaction struct {
	ID        int64
	AccountID int64
	Account   *Account `pg:"rel:has-one"`
}

// go-pg: tenant_id is the first column of both primary keys.
type Project struct {
	TenantID int64   `pg:",pk"`
	ID       int64   `pg:",pk"`
	Tasks    []*Task `pg:"rel:has-many,join_fk:project_"`
}

type Task struct {
	TenantID  int64 `pg:",pk"`
	ID        int64 `pg:",pk"`
	ProjectID int64
	Project   *Project `pg:"rel:has-one"`
}

// go-pg: no author_id, so the join is documents.id = users.id, a primary
// key to a primary key.
type User struct{ ID int64 }

type Document struct {
	ID     int64
	Author *User `pg:"rel:has-one"` // want `Document\.Author: Document has no column author_id; add it, or write fk:id if that join is meant`
}

// Bun: the same convention.
type Wallet struct {
	WalletID int64      `bun:",pk"`
	Payments []*Payment `bun:"rel:has-many"`
}

type Payment struct {
	ID       int64 `bun:",pk"`
	WalletID int64
	Wallet   *Wallet `bun:"rel:belongs-to"`
}
