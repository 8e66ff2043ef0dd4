package entgraph

import (
	"testing"

	"entgo.io/ent/entc/gen"
	"entgo.io/ent/entc/load"

	"github.com/relcheck/relcheck/internal/dialects/ent"
)

var names = []string{"User", "Person", "Status", "Child", "Index", "GroupInfo", "HTTPServer", "UserID", "ABc",
	"Address", "Category", "Box", "Mouse", "Datum", "Series", "Fish", "Octopus", "Quiz", "Matrix", "Ox", "Node",
	"Todo", "Medium", "Analysis", "Criterion", "Leaf", "Wife", "Hero", "Sheep", "Movie", "Cactus", "Alias", "Bus"}

// relcheck's ent table names are entc's: Type.Table of a schema with no
// annotation.
func TestTableNamesMatchEntc(t *testing.T) {
	for _, n := range names {
		typ, err := gen.NewType(&gen.Config{}, &load.Schema{Name: n})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ent.TableName(n), typ.Table(); got != want {
			t.Errorf("table of %s: relcheck %q, entc %q", n, got, want)
		}
	}
}

// relcheck's snake-casing is entc's template function "snake".
func FuzzSnakeAgainstEntc(f *testing.F) {
	for _, n := range names {
		f.Add(n)
	}
	f.Add("ÜberName")
	f.Add("a")
	entSnake := gen.Funcs["snake"].(func(string) string)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ent.Snake(s), entSnake(s); got != want {
			t.Errorf("snake(%q): relcheck %q, entc %q", s, got, want)
		}
	})
}
