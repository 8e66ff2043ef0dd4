package gormparse

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jinzhu/inflection"

	"github.com/relcheck/relcheck/internal/dialects/gorm"
)

// inflectionWords are the words jinzhu/inflection's own tests use, read
// from the module cache, in lower case, capitals and title case.
func inflectionWords(t testing.TB) []string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jinzhu/inflection").Output()
	if err != nil {
		t.Fatalf("locating jinzhu/inflection: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "inflections_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, m := range regexp.MustCompile(`"([^"\\]*)"`).FindAllStringSubmatch(string(src), -1) {
		w := m[1]
		words = append(words, w, strings.ToUpper(w))
		if w != "" {
			words = append(words, strings.ToUpper(w[:1])+w[1:])
		}
	}
	if len(words) < 100 {
		t.Fatalf("only %d words read from inflection's tests", len(words))
	}
	return words
}

// extraWords reach rules and irregulars inflection's tests leave out.
var extraWords = []string{
	"", "s", "S", "ox", "OX", "Oxen", "oxen", "louse", "lice", "Mice", "axis", "axes", "testis", "testes", "octopus",
	"octopi", "virus", "viri", "alias", "aliases", "STATUS", "statuses", "bus", "buses", "buffalo", "tomato", "tomatoes",
	"atrium", "atria", "thesis", "theses", "knife", "knives", "wolf", "wolves", "hive", "hives", "quiz", "quizzes",
	"matrix", "matrices", "vertex", "vertices", "index", "indices", "news", "series", "movies", "cookies", "shoes",
	"crisis", "crises", "database", "databases", "mombie", "MOMBIES", "sex", "Sexes", "UserPerson", "HUMAN", "Woman",
	"ſheep", "FISH", "Equipment", "rice_", "x", "X", "9", "\xff", "é", "ÉS", "Quy", "QUY", "perSon",
}

func TestInflectionMatchesJinzhu(t *testing.T) {
	for _, w := range append(inflectionWords(t), extraWords...) {
		if got, want := gorm.Plural(w), inflection.Plural(w); got != want {
			t.Errorf("plural %q: relcheck %q, inflection %q", w, got, want)
		}
		if got, want := gorm.Singular(w), inflection.Singular(w); got != want {
			t.Errorf("singular %q: relcheck %q, inflection %q", w, got, want)
		}
	}
}

func FuzzInflectionAgainstJinzhu(f *testing.F) {
	for _, w := range append(inflectionWords(f), extraWords...) {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := gorm.Plural(w), inflection.Plural(w); got != want {
			t.Fatalf("plural %q: relcheck %q, inflection %q", w, got, want)
		}
		if got, want := gorm.Singular(w), inflection.Singular(w); got != want {
			t.Fatalf("singular %q: relcheck %q, inflection %q", w, got, want)
		}
	})
}
