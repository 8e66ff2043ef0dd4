// Package migrate reads SQL migration directories and builds the schema
// they create. It holds the SQL parsers, so only `relcheck schema` imports
// it; the analyzer reads the result from a generated file instead.
package migrate

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/relcheck/relcheck/internal/schema"
)

// File is the up part of one migration. SQL keeps the file's line
// numbers: lines that are not part of the up migration are blank.
type File struct {
	Path   string
	Layout string // "golang-migrate", "goose", "sql-migrate", "dbmate", "plain", "go"
	SQL    string
}

// markers are the up/down section comments of the tools that keep both
// directions in one file.
var markers = []struct {
	layout   string
	up, down *regexp.Regexp
}{
	{"goose", regexp.MustCompile(`(?i)^--\s*\+goose\s+up\b`), regexp.MustCompile(`(?i)^--\s*\+goose\s+down\b`)},
	{"sql-migrate", regexp.MustCompile(`(?i)^--\s*\+migrate\s+up\b`), regexp.MustCompile(`(?i)^--\s*\+migrate\s+down\b`)},
	{"dbmate", regexp.MustCompile(`(?i)^--\s*migrate:up\b`), regexp.MustCompile(`(?i)^--\s*migrate:down\b`)},
}

// ReadDir returns the up migrations of dir in the order the tools apply
// them: by the leading version number, then by name. golang-migrate's
// .down.sql files are left out, as are the down sections of goose,
// sql-migrate and dbmate files; atlas files (and any other .sql) are up
// migrations whole. Go migrations (go-pg/migrations, Bun, goose) give the
// constant SQL their up functions execute (gomig.go).
func ReadDir(dir string) ([]File, []schema.Skip, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	var names, goNames []string
	for _, e := range ents {
		n := e.Name()
		switch {
		case e.IsDir(), strings.HasSuffix(n, ".down.sql"):
		case strings.HasSuffix(n, ".sql"):
			names = append(names, n)
		case strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go"):
			goNames = append(goNames, n)
			if leadingDigits.MatchString(n) {
				names = append(names, n)
			}
		}
	}
	sort.Slice(names, func(i, j int) bool { return less(names[i], names[j]) })
	var gp *goPackage
	var files []File
	var skips []schema.Skip
	for _, n := range names {
		p := filepath.Join(dir, n)
		if strings.HasSuffix(n, ".go") {
			if gp == nil {
				gp = loadGo(dir, goNames)
			}
			fs, sk := gp.goFile(p)
			files, skips = append(files, fs...), append(skips, sk...)
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, split(p, string(data)))
	}
	return files, skips, nil
}

// split keeps the up section of a migration file.
func split(path, text string) File {
	f := File{Path: path, Layout: "plain", SQL: text}
	if strings.HasSuffix(path, ".up.sql") {
		f.Layout = "golang-migrate"
		return f
	}
	lines := strings.SplitAfter(text, "\n")
	for _, m := range markers {
		found := false
		for _, l := range lines {
			if m.up.MatchString(strings.TrimSpace(l)) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		f.Layout = m.layout
		var b strings.Builder
		in := false
		for _, l := range lines {
			t := strings.TrimSpace(l)
			switch {
			case m.up.MatchString(t):
				in = true
			case m.down.MatchString(t):
				in = false
			case in:
				b.WriteString(l)
				continue
			}
			if strings.HasSuffix(l, "\n") {
				b.WriteString("\n")
			}
		}
		f.SQL = b.String()
		return f
	}
	return f
}

var leadingDigits = regexp.MustCompile(`^[0-9]+`)

func version(name string) string {
	return strings.TrimLeft(leadingDigits.FindString(name), "0")
}

// less orders by numeric version (any width), then by name.
func less(a, b string) bool {
	va, vb := version(a), version(b)
	if len(va) != len(vb) {
		return len(va) < len(vb)
	}
	if va != vb {
		return va < vb
	}
	return a < b
}

// lineOf is the 1-based line of byte offset off in text.
func lineOf(text string, off int) int {
	if off > len(text) {
		off = len(text)
	}
	return strings.Count(text[:off], "\n") + 1
}

// Read builds the schema the migrations of dirs create, in the given
// dialect. Directories are read in order, each one's files in version order.
func Read(dialect string, dirs ...string) (s *schema.Schema, err error) {
	defer func() {
		if e := recover(); e != nil {
			s, err = nil, fmt.Errorf("internal error reading the migrations: %v; please file a bug at https://github.com/relcheck/relcheck/issues with the migration that triggers it", e)
		}
	}()
	var files []File
	var skips []schema.Skip
	for _, d := range dirs {
		fs, sk, err := ReadDir(d)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
		skips = append(skips, sk...)
	}
	switch dialect {
	case "postgres":
		s, err = Postgres(files)
	case "sqlite":
		s, err = SQLite(files)
	case "mysql":
		s, err = MySQL(files)
	default:
		return nil, fmt.Errorf("dialect %q: want postgres, mysql or sqlite", dialect)
	}
	if err != nil {
		return nil, err
	}
	s.Skipped = append(skips, s.Skipped...)
	return s, nil
}
