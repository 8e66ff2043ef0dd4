// Package schematypes holds the package-level models of Bun's own tests in
// package schema (github.com/uptrace/bun v1.3.0): schema/issue1243_test.go
// and schema/table_lookup_bench_test.go, copied verbatim (their test and
// benchmark functions left out).
package schematypes

// From schema/issue1243_test.go:

// Models for TestNestedRelationWithSharedComposition (issue #1243).
// These must be at package level to allow circular type references
// between Business and Lead via shared embedded relation structs.

type idField struct {
	ID int64 `bun:",pk,autoincrement"`
}

type business struct {
	idField
	leadRelation
}

type businessRelation struct {
	BusinessID int64     `bun:",nullzero"`
	Business   *business `bun:"rel:belongs-to,join:business_id=id"`
}

type lead struct {
	idField
	businessRelation
}

type leadRelation struct {
	LeadID int64 `bun:",nullzero"`
	Lead   *lead `bun:"rel:belongs-to,join:lead_id=id"`
}

type agent struct {
	idField
	businessRelation

	Associations []*link `bun:"rel:has-many,join:id=agent_id"`
}

type agentRelation struct {
	AgentID int64  `bun:",nullzero"`
	Agent   *agent `bun:"rel:belongs-to,join:agent_id=id"`
}

type link struct {
	idField
	agentRelation
	leadRelation
}

// From schema/table_lookup_bench_test.go:

type benchCountry struct {
	ID   int64 `bun:",pk"`
	Name string
}

type benchAuthor struct {
	ID        int64 `bun:",pk"`
	Name      string
	Email     string
	CountryID int64
	Country   *benchCountry `bun:"rel:belongs-to,join:country_id=id"`
}

type benchBook struct {
	ID       int64 `bun:",pk"`
	Title    string
	Subtitle string
	AuthorID int64
	Author   *benchAuthor `bun:"rel:belongs-to,join:author_id=id"`
}

// Not from Bun: what the tests hand to Bun, for the oracle.
var (
	Models    = []any{(*link)(nil), (*agent)(nil), (*business)(nil), (*lead)(nil), (*benchBook)(nil)}
	Junctions = []any{}
)
