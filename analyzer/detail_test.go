package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

// The narrative moved out of the headlines is still said, as related
// information at the finding's own position: what the ORM and the
// database were observed to do, and the errors they give, verbatim.
func TestDetails(t *testing.T) {
	cases := []struct{ pkg, headline, detail string }{
		{"cascadeineff", "Dog.Toys: ON DELETE CASCADE never fires", "it is polymorphic, and GORM creates no foreign key"},
		{"cascadeineff", "Customer.Orders: CASCADE never fires", "GORM's Delete only marks the row deleted"},
		{"fktypebun", "Post.AuthorID (string) references User.ID (int64)", "operator does not exist: character varying = integer"},
		{"setnull", "Author.Books: ON DELETE SET NULL, but Book.AuthorID is uint", "GORM reads the NULL back as 0"},
		{"fkmissing", "Team.Players: no foreign key in Player", `GORM fails at first use with "invalid field found for struct`},
		{"gormcalls", `Joins("Posts") cannot load User.Posts`, "reflect: call of reflect.Value.Field on slice Value"},
		{"gormgeneric", `Joins("Posts") cannot load User.Posts`, "reflect: call of reflect.Value.Field on slice Value"},
		{"gormgeneric", `Preload("Postss"): User has no relation Postss`, `fails with "Postss: unsupported relations for schema User"`},
		{"gormgeneric", `Joins("Compny"): User has no relation Compny`, `takes it as raw SQL, "FROM users Compny"`},
		{"gormgeneric", `Preload("Posts"): Profile has no relation Posts`, "panics (nil pointer dereference) when Scan's destination has it"},
		{"schemamysql", "Order.User references users (code), which is not unique", "MariaDB accepts a foreign key to an indexed column that is not unique"},
		{"schemajoin", "Reader.Genres: make (reader_id, genre_id) the primary key", "unique only for rows where NOT hidden"},
		{"entthrough", "Post.tags: Tagging's field.ID(tag_id,post_id) is not its join columns in order", `Write field.ID("post_id", "tag_id")`},
		{"entthrough", "User: ON DELETE CASCADE never fires", "goes through the edge schema Like"},
	}
	// One load for every package named, as in batch_test.go.
	var pkgs []string
	seen := map[string]bool{}
	for _, c := range cases {
		if !seen[c.pkg] {
			seen[c.pkg] = true
			pkgs = append(pkgs, c.pkg)
		}
	}
	results := analysistest.Run(ignoreWants{}, analysistest.TestData(), analyzer.New(), pkgs...)
	for _, c := range cases {
		found := false
		for _, r := range results {
			if r.Pass.Pkg.Path() != c.pkg {
				continue
			}
			for _, d := range r.Diagnostics {
				if !strings.Contains(d.Message, c.headline) {
					continue
				}
				found = true
				if len(d.Related) == 0 || d.Related[0].Pos != d.Pos || !strings.Contains(d.Related[0].Message, c.detail) {
					t.Errorf("%s: %q: first related entry %v lacks %q", c.pkg, d.Message, d.Related, c.detail)
				}
			}
		}
		if !found {
			t.Errorf("%s: no finding says %q", c.pkg, c.headline)
		}
	}
}
