package example

import (
	"bytes"
	"os"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
)

// Applying every suggested fix, exactly as an editor or `relcheck -fix`
// does, removes the findings that carried them and adds none: a fix that
// does not fix, or breaks the code (the fixed package must load without
// a type error), fails here. Every ORM's broken models are covered.
func TestSuggestedFixesFix(t *testing.T) {
	dirs := []string{"./broken", "./bun/broken", "./gopg/broken", "./ent/broken"}
	before := map[string]map[string]int{}
	overlay := map[string][]byte{}
	var fixedDirs []string
	for _, dir := range dirs {
		counts, fixed := analyse(t, loaded(t, dir))
		before[dir] = counts
		if len(fixed) > 0 {
			fixedDirs = append(fixedDirs, dir)
		}
		for name, src := range fixed {
			overlay[name] = src
		}
	}
	// The sets import none of each other, so one load of all the fixed
	// files type-checks each set as a load of its own would.
	fixedPkgs := map[string]*packages.Package{}
	if len(fixedDirs) > 0 {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Env: os.Environ(), Overlay: overlay}
		pkgs, err := packages.Load(cfg, fixedDirs...)
		if err != nil || packages.PrintErrors(pkgs) > 0 {
			t.Fatalf("load: %v (does the fixed code still compile?)", err)
		}
		for _, p := range pkgs {
			fixedPkgs["./"+strings.TrimPrefix(p.PkgPath, modulePath+"/")] = p
		}
	}
	for _, dir := range dirs {
		t.Run(dir, func(t *testing.T) {
			before := before[dir]
			p := fixedPkgs[dir]
			if p == nil {
				t.Skip("no suggested fixes")
			}
			after, _ := analyse(t, p)
			total := func(m map[string]int) (n int) {
				for _, v := range m {
					n += v
				}
				return n
			}
			if total(after) >= total(before) {
				t.Errorf("fixes removed no finding: %v before, %v after", before, after)
			}
			for cat, n := range after {
				if n > before[cat] {
					t.Errorf("%s: %d findings after fixing, %d before", cat, n, before[cat])
				}
			}
			if dir == "./broken" {
				for _, cat := range []string{"tag-syntax", "fk-missing", "one-to-one-unique", "references-not-unique", "set-null-not-nullable", "relation-missing", "join-to-many"} {
					if after[cat] != 0 {
						t.Errorf("%s still reported after applying its fix", cat)
					}
				}
			}
			if dir == "./ent/broken" {
				for _, cat := range []string{"tag-syntax", "cascade-ineffective"} {
					if after[cat] != 0 {
						t.Errorf("%s still reported after applying its fix", cat)
					}
				}
			}
			t.Logf("before: %v\nafter:  %v", before, after)
		})
	}
}

// analyse runs relcheck on pkg and returns finding counts by rule and
// the files with every fix applied.
func analyse(t *testing.T, pkg *packages.Package) (map[string]int, map[string][]byte) {
	t.Helper()
	res, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, []*packages.Package{pkg}, nil)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	type edit struct {
		start, end int
		text       []byte
	}
	edits := map[string][]edit{}
	for _, act := range res.Roots {
		for _, d := range act.Diagnostics {
			counts[d.Category]++
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					p, q := act.Package.Fset.Position(e.Pos), act.Package.Fset.Position(e.End)
					edits[p.Filename] = append(edits[p.Filename], edit{p.Offset, q.Offset, e.NewText})
				}
			}
		}
	}
	files := map[string][]byte{}
	for name, es := range edits {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sort.Slice(es, func(i, j int) bool { return es[i].start > es[j].start })
		for i, e := range es {
			if i > 0 && e.end > es[i-1].start {
				t.Fatalf("%s: overlapping edits", name)
			}
			src = append(src[:e.start:e.start], append(append([]byte(nil), e.text...), src[e.end:]...)...)
		}
		if bytes.Equal(src, nil) {
			t.Fatal("empty file after fixes")
		}
		files[name] = src
	}
	return counts, files
}
