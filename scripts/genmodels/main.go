// Command genmodels writes a Go module of GORM models for benchmarks: P
// packages of M models each, in clusters of six that cover the relations
// real code has (gorm.Model embedding, has-many with a cascade, has-one
// over a unique key, a many-to-many with its inverse, a polymorphic
// has-many, a self-reference, and a belongs-to across packages). All of it
// is correct unless -faults asks for known mistakes, which it lists.
//
//	go run ./scripts/genmodels -out /tmp/bench -pkgs 50 -models 120
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "", "directory to write the module into (required)")
	pkgs := flag.Int("pkgs", 10, "number of packages")
	models := flag.Int("models", 60, "models per package (rounded up to a multiple of 6)")
	module := flag.String("module", "example.com/bench", "module path")
	faults := flag.Int("faults", 0, "number of known mistakes to inject, spread over the packages")
	stub := flag.Bool("stub", false, "use a local stub of gorm.io/gorm instead of the real module (offline, faster)")
	flag.Parse()
	if *out == "" || *pkgs < 1 || *models < 1 {
		flag.Usage()
		os.Exit(2)
	}
	g := &gen{out: *out, module: *module, clusters: (*models + 5) / 6, pkgs: *pkgs, faults: *faults}
	if err := g.run(*stub); err != nil {
		log.Fatal(err)
	}
}

type gen struct {
	out, module    string
	pkgs, clusters int
	faults         int
	injected       int
}

// faultKinds are the mistakes -faults injects, in turn, with the rule
// relcheck must report for each.
var faultKinds = []string{"fk-missing", "one-to-one-unique", "inverse-mismatch", "fk-type-mismatch"}

func (g *gen) run(stub bool) error {
	if err := os.MkdirAll(g.out, 0o755); err != nil {
		return err
	}
	mod := fmt.Sprintf("module %s\n\ngo 1.22\n\nrequire gorm.io/gorm v1.31.2\n", g.module)
	if stub {
		mod += "\nreplace gorm.io/gorm => ./_gorm\n"
		if err := g.write("_gorm/go.mod", "module gorm.io/gorm\n\ngo 1.22\n"); err != nil {
			return err
		}
		if err := g.write("_gorm/gorm.go", gormStub); err != nil {
			return err
		}
	}
	if err := g.write("go.mod", mod); err != nil {
		return err
	}
	total := g.pkgs * g.clusters
	for p := 0; p < g.pkgs; p++ {
		var b strings.Builder
		name := pkgName(p)
		fmt.Fprintf(&b, "// Code for benchmarks, written by scripts/genmodels.\n\npackage %s\n\nimport (\n\t\"gorm.io/gorm\"\n", name)
		if p > 0 {
			fmt.Fprintf(&b, "\n\tprev %q\n", g.module+"/"+pkgName(p-1))
		}
		b.WriteString(")\n")
		for c := 0; c < g.clusters; c++ {
			fault := ""
			// Spread the faults evenly over all clusters.
			if g.injected < g.faults && (p*g.clusters+c)%max(1, total/max(1, g.faults)) == 0 {
				fault = faultKinds[g.injected%len(faultKinds)]
				if fault == "fk-type-mismatch" && p == g.pkgs-1 {
					fault = faultKinds[0] // its finding lands in the next package, and there is none
				}
				g.injected++
			}
			g.cluster(&b, p, c, fault)
		}
		if err := g.write(filepath.Join(name, "models.go"), b.String()); err != nil {
			return err
		}
	}
	return nil
}

func pkgName(p int) string { return fmt.Sprintf("pkg%03d", p) }

func (g *gen) cluster(b *strings.Builder, p, c int, fault string) {
	s := fmt.Sprintf("%d", c)
	bookAuthorTag := ""
	profileKey := "`gorm:\"uniqueIndex\"`"
	tagJoin := fmt.Sprintf("%s_author_tags_%d", pkgName(p), c)
	authorJoin := tagJoin
	regionKey := "uint"
	switch fault {
	case "fk-missing":
		bookAuthorTag = " `gorm:\"foreignKey:AuthorIDD\"`"
	case "one-to-one-unique":
		profileKey = ""
	case "inverse-mismatch":
		authorJoin = tagJoin + "_x"
	case "fk-type-mismatch":
		regionKey = "string `gorm:\"primaryKey\"`"
	}
	start := lines(b)
	fmt.Fprintf(b, `
type Author%[1]s struct {
	ID       uint
	Name     string `+"`gorm:\"size:100;not null\"`"+`
	Books    []Book%[1]s `+"`gorm:\"foreignKey:AuthorID;constraint:OnDelete:CASCADE\"`"+`
	Profile  *Profile%[1]s `+"`gorm:\"foreignKey:AuthorID\"`"+`
	Tags     []Tag%[1]s `+"`gorm:\"many2many:%[2]s\"`"+`
	Comments []Comment%[1]s `+"`gorm:\"polymorphic:Owner\"`"+`
	MentorID *uint `+"`gorm:\"index\"`"+`
	Mentor   *Author%[1]s
}

type Book%[1]s struct {
	ID       uint
	Title    string
	AuthorID uint `+"`gorm:\"index\"`"+`
	Author   Author%[1]s%[3]s
`, s, tagJoin, bookAuthorTag)
	if p > 0 {
		fmt.Fprintf(b, "\tRegionID uint `gorm:\"index\"`\n\tRegion   prev.Region%d\n", c)
	}
	fmt.Fprintf(b, `}

type Profile%[1]s struct {
	ID       uint
	AuthorID uint %[2]s
	Bio      string
}

type Tag%[1]s struct {
	gorm.Model
	Name    string `+"`gorm:\"uniqueIndex\"`"+`
	Authors []Author%[1]s `+"`gorm:\"many2many:%[3]s\"`"+`
}

type Comment%[1]s struct {
	ID        uint
	OwnerID   uint `+"`gorm:\"index\"`"+`
	OwnerType string
	Body      string
}

type Region%[1]s struct {
	ID   %[4]s
	Name string
}
`, s, profileKey, authorJoin, regionKey)
	if fault != "" {
		// Print where relcheck must report it: the package, and the
		// model the message starts with.
		where, model := pkgName(p), ""
		switch fault {
		case "fk-missing":
			model = "Book" + s
		case "one-to-one-unique":
			model = "Author" + s
		case "inverse-mismatch":
			model = "Author" + s
		case "fk-type-mismatch":
			where, model = pkgName(p+1), "Book"+s
		}
		fmt.Printf("%s %s %s (injected at %s:%d)\n", fault, where, model, filepath.Join(pkgName(p), "models.go"), start+1)
	}
}

// lines counts the lines written so far (faults are reported by the line
// their cluster starts at).
func lines(b *strings.Builder) int { return strings.Count(b.String(), "\n") }

func (g *gen) write(rel, content string) error {
	path := filepath.Join(g.out, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o644)
}

const gormStub = `// Package gorm is a minimal stand-in for gorm.io/gorm: the names
// relcheck keys on, nothing more.
package gorm

import (
	"database/sql"
	"database/sql/driver"
	"time"
)

type Model struct {
	ID        uint ` + "`gorm:\"primarykey\"`" + `
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt DeletedAt ` + "`gorm:\"index\"`" + `
}

type DeletedAt sql.NullTime

func (n *DeletedAt) Scan(value interface{}) error { return (*sql.NullTime)(n).Scan(value) }

func (n DeletedAt) Value() (driver.Value, error) { return n.Time, nil }

type DB struct{}
`
