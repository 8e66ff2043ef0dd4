package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

func TestFKMissing(t *testing.T) {
	runWithFixes(t, "fkmissing")
}

func TestFKTypeMismatch(t *testing.T) {
	run(t, "fktype")
}

func TestOneToOneUnique(t *testing.T) {
	runWithFixes(t, "onetoone")
}

func TestSetNullNotNullable(t *testing.T) {
	runWithFixes(t, "setnull")
}

func TestCascadeIneffective(t *testing.T) {
	run(t, "cascadeineff")
}

func TestCascadeConflict(t *testing.T) {
	run(t, "cascadeconflict")
}

func TestReferencesNotUnique(t *testing.T) {
	runWithFixes(t, "refsunique")
}

func TestInverseMismatch(t *testing.T) {
	runWithFixes(t, "invmismatch")
}

func TestInverseAmbiguous(t *testing.T) {
	run(t, "invambig")
}

func TestTagSyntax(t *testing.T) {
	runWithFixes(t, "tagsyntax")
}

func TestFKUnindexedOptIn(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("enable", "fk-unindexed"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "fkunindexed")
}

func TestSuppress(t *testing.T) {
	run(t, "suppress")
}

// Precision: correct models that look suspicious, DTOs, and packages
// without models draw no finding.
func TestClean(t *testing.T) {
	run(t, "clean", "notmodels", "dto", "precmodels")
}

func TestNoConstraints(t *testing.T) {
	run(t, "noconstraints")
}

func TestBun(t *testing.T) {
	runWithFixes(t, "bunrels")
}

func TestGoPG(t *testing.T) {
	runWithFixes(t, "gopgrels")
}

func TestEnt(t *testing.T) {
	run(t, "entrels", "entmixin", "entcross", "enthostile", "entgenerated", "entstale", "entflip", "entthrough", "entgo.io/ent/examples/pets")
}

// Structs behind excluded, serialized or self-valuing fields are not models.
func TestNotRelations(t *testing.T) {
	run(t, "notrelations")
}

// Bun's extend keeps the embedded model's name, and so its default keys.
func TestBunExtend(t *testing.T) {
	run(t, "bunextend")
}

// Bun's and go-pg's second key lookup is reported only when it joins a
// primary key to a primary key.
func TestFallbackKeys(t *testing.T) {
	run(t, "fallbackkeys")
}

// A relation in an embedded struct whose key comes from a struct it
// embeds in turn (GORM's embedded has guess, two levels deep).
func TestTwoLevelEmbedding(t *testing.T) {
	run(t, "twolevel")
}

// Function-local models are analysed, each as its own model.
func TestLocalTypes(t *testing.T) {
	run(t, "localtypes")
}

// A Bun has-one whose key sits on the declaring model.
func TestBunHasOneKeyOnOwner(t *testing.T) {
	run(t, "bunhasone")
}

func TestRelationNames(t *testing.T) {
	runWithFixes(t, "gormcalls")
}

// GORM's generic API: the model is the type argument of gorm.G[T].
func TestRelationNamesGeneric(t *testing.T) {
	runWithFixes(t, "gormgeneric")
}

func TestRelationNamesBunGoPG(t *testing.T) {
	runWithFixes(t, "buncalls", "gopgcalls")
}

// fk-type-mismatch per ORM (GORM copies the key's type onto the column,
// Bun and go-pg keep the Go type) and per database (learned from the
// drivers and dialects imported).
func TestFKTypeMismatchPerORMAndDatabase(t *testing.T) {
	run(t, "fktypebun", "fktypegopg", "fktypedb", "fktypesqlite", "refsdb", "dbdep")
}

// -database overrides what the imports say.
func TestDatabaseFlag(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("database", "mysql"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "fktypeflag")
	if err := a.Flags.Set("database", "oracle"); err != nil {
		t.Fatal(err)
	}
	if err := analyzer.Validate(a); err == nil {
		t.Error("-database=oracle was accepted")
	}
}

func TestSetDefaultIneffective(t *testing.T) {
	run(t, "setdefault", "setdefaultpg")
}

// ent's fixes edit builder calls, and may span files: an annotation moves
// to an edge.To declared in another file, with its import.
func TestEntFixes(t *testing.T) {
	runWithFixes(t, "entfixes")
}
