package entgraph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/oracle/entgraph/corpus/badaction"
)

// What a misspelled action does, for tag-syntax's message: entc's
// generator names the action's constant in ent/migrate/schema.go
// (schema.Cascase for "CASCASE"), and dialect/sql/schema declares no such
// constant, so the generated package does not compile.
func TestMisspelledActionBreaksGeneratedCode(t *testing.T) {
	dir := entcMigrate(t, []ent.Interface{badaction.User{}, badaction.Bike{}})
	if dir == "" {
		t.Fatal("entc wrote no migrate/schema.go")
	}
	b, err := os.ReadFile(filepath.Join(dir, "schema.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "schema.Cascase,") {
		t.Fatalf("migrate/schema.go does not name schema.Cascase:\n%s", b)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedTypes | packages.NeedName}, "entgo.io/ent/dialect/sql/schema")
	if err != nil || len(pkgs) != 1 || pkgs[0].Types == nil {
		t.Fatalf("loading entgo.io/ent/dialect/sql/schema: %v", err)
	}
	scope := pkgs[0].Types.Scope()
	if scope.Lookup("Cascade") == nil {
		t.Fatal("entgo.io/ent/dialect/sql/schema has no Cascade: the check below proves nothing")
	}
	if scope.Lookup("Cascase") != nil {
		t.Error("entgo.io/ent/dialect/sql/schema declares Cascase: the generated code compiles")
	}
}
