package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

// Where a package carries the schema its migrations create, uniqueness,
// indexes, foreign keys and actions come from it, not from the tags.
func TestSchemaRules(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("enable", "fk-unindexed"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "schemarules")
}

// The same rules on a MySQL/MariaDB schema: InnoDB's own index for a
// foreign key counts, and a key to a non-unique column is MariaDB's
// (accepted, misbehaving on delete), not PostgreSQL's refusal.
func TestSchemaRulesMySQL(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("enable", "fk-unindexed"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "schemamysql")
}

func TestSchemaDrift(t *testing.T) {
	run(t, "schemadrift")
}

// A hand-written constant of the same name is not the schema, and a
// generated one that does not decode is reported; both fall back to tags.
func TestSchemaNotGenerated(t *testing.T) {
	run(t, "schemahand", "schemabad")
}

// go-pg's table names follow the inflector the program sets in an
// imported package: with singular names the models meet the migrations.
func TestSchemaInflector(t *testing.T) {
	run(t, "schemainflect")
}

// GORM's Tabler names the table the schema is searched for.
func TestSchemaTabler(t *testing.T) {
	run(t, "schematabler")
}

// Many-to-many join tables: missing, missing a key column, no unique pair
// (GORM's inserts rely on one), no foreign key to one side.
func TestSchemaJoinTables(t *testing.T) {
	run(t, "schemajoin")
}

// fk-type-mismatch reads the columns' types from the schema when it holds
// both.
func TestSchemaColumnTypes(t *testing.T) {
	run(t, "schematypes")
}

// The same on MySQL/MariaDB and SQLite schemas, and where the columns
// agree but the Go types do not (Bun, go-pg).
func TestSchemaColumnTypesOther(t *testing.T) {
	run(t, "schematypesmysql", "schematypessqlite", "schematypesbun", "schematypesgopg")
}
