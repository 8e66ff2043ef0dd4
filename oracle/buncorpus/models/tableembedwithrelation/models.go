// Package tableembedwithrelation holds the models of Bun's own test
// TestTable/embedWithRelation (github.com/uptrace/bun v1.3.0, schema/table_test.go),
// copied verbatim from the function body to package scope so that relcheck,
// which reads package-level types, sees them.
package tableembedwithrelation

// From the test:

type Profile struct {
	ID     string `bun:",pk"`
	UserID string
}

type User struct {
	ID      string   `bun:",pk"`
	Profile *Profile `bun:"rel:has-one,join:id=user_id"`
}

type Embeded struct {
	User
	Extra string `bun:"-"`
}

// Not from Bun: what the test hands to Bun, for the oracle.
var (
	Models    = []any{(*Profile)(nil), (*User)(nil), (*Embeded)(nil)}
	Junctions = []any{}
)
