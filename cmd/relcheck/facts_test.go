package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/relcheck/relcheck/analyzer"
)

// Build systems that cache analysis results remotely (Bazel's nogo) key
// later actions by the bytes of a package's facts: relcheck's must encode
// to the same bytes run after run, or every build misses the cache. The
// facts are encoded after the whole run, as importers saw them, so a
// package that changed an imported fact (a race in a parallel driver)
// fails here too.
func TestFactsAreDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the example module twice")
	}
	patterns := []string{"./broken", "./correct", "./bun/...", "./gopg/..."}
	encode := func() map[string][]byte {
		pkgs, err := loadPackages("../../example", patterns, false)
		if err != nil {
			t.Fatal(err)
		}
		g, err := checker.Analyze([]*analysis.Analyzer{analyzer.New()}, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]byte{}
		for act := range g.All() {
			for _, f := range act.AllPackageFacts() {
				var b bytes.Buffer
				if err := gob.NewEncoder(&b).Encode(f.Fact); err != nil {
					t.Fatalf("%s: %v", f.Package.Path(), err)
				}
				// A package may carry several kinds of fact (models, evidence).
				out[fmt.Sprintf("%s %T", f.Package.Path(), f.Fact)] = b.Bytes()
			}
		}
		return out
	}
	first := encode()
	if len(first) < 6 {
		t.Fatalf("facts for %d packages; want one per example package", len(first))
	}
	for i := 0; i < 2; i++ {
		again := encode()
		for path, b := range first {
			if !bytes.Equal(b, again[path]) {
				t.Errorf("run %d: the facts of %s encode differently", i+2, path)
			}
		}
	}
}
