package entgraph

import (
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each broken case with a fix has a <case>fixed package: the schemas the
// user meant. relcheck's suggested fixes, applied to the broken case's
// files, must give exactly those files (with imports in gofmt's order),
// and TestRelcheckAgreesWithEntc holds the fixed package to entc: it
// generates, relcheck is silent, and the key has the action.
var fixed = []string{"inverseaction", "chainaction", "schemaaction", "badaction", "fieldoptional", "crossfile", "crossmany"}

func TestFixesGiveWhatEntcAccepts(t *testing.T) {
	const corpus = "github.com/relcheck/relcheck/oracle/entgraph/corpus/"
	var patterns []string
	for _, name := range fixed {
		patterns = append(patterns, corpus+name)
	}
	pkgs := run.Load(t, false, patterns...)
	_, findings := run.Analyze(t, analyzer.Analyzer, pkgs)
	edits := map[string][]run.Edit{} // by file
	for _, f := range findings {
		if len(f.Fixes) == 0 {
			t.Errorf("%s: no fix for %s", f.Pkg, f.Message)
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			edits[e.File] = append(edits[e.File], e)
		}
	}
	for _, name := range fixed {
		t.Run(name, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("corpus", name, "*.go"))
			for _, file := range files {
				abs, _ := filepath.Abs(file)
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				got := apply(t, src, edits[abs])
				// relcheck -fix writes the edits as they are: an import it
				// adds must already be where gofmt sorts it.
				if f, err := format.Source([]byte(got)); err == nil && imports(string(f)) != imports(got) {
					t.Errorf("%s: imports out of gofmt's order once fixed:\n%s", file, imports(got))
				}
				got = strings.Replace(got, "package "+name+"\n", "package "+name+"fixed\n", 1)
				want, err := os.ReadFile(filepath.Join("corpus", name+"fixed", filepath.Base(file)))
				if err != nil {
					t.Fatal(err)
				}
				if g, w := body(t, got), body(t, string(want)); g != w {
					t.Errorf("%s with relcheck's fixes:\n%s\nwant:\n%s", file, g, w)
				}
			}
		})
	}
}

// apply makes non-overlapping edits, from the end of the file backwards;
// an edit two fixes share is made once, as relcheck -fix does.
func apply(t *testing.T, src []byte, edits []run.Edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start > edits[j].Start })
	out := string(src)
	last := len(out) + 1
	for i, e := range edits {
		if i > 0 && e == edits[i-1] {
			continue
		}
		if e.End > last || e.Start == last {
			t.Fatalf("overlapping edits at %d", e.Start)
		}
		out = out[:e.Start] + e.New + out[e.End:]
		last = e.Start
	}
	return out
}

// body is a file from its package clause on, formatted: the doc comment
// says which package it is.
func body(t *testing.T, s string) string {
	b, err := format.Source([]byte(s))
	if err != nil {
		t.Fatalf("fixed file does not parse: %v\n%s", err, s)
	}
	s = string(b)
	if i := strings.Index(s, "\npackage "); i >= 0 && !strings.HasPrefix(s, "package ") {
		s = s[i+1:]
	}
	return s
}

// imports is a file's import block, as written.
func imports(s string) string {
	i := strings.Index(s, "import (")
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], ")")
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j]
}
