package example

import (
	"bytes"
	"os"
	"sort"
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
	for _, dir := range []string{"./broken", "./bun/broken", "./gopg/broken", "./ent/broken"} {
		t.Run(dir, func(t *testing.T) {
			before, fixed := analyse(t, dir, nil)
			if len(fixed) == 0 {
				t.Skip("no suggested fixes")
			}
			after, _ := analyse(t, dir, fixed)
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

// analyse runs relcheck on dir, with files replaced by overlay, and
// returns finding counts by rule and the files with every fix applied.
func analyse(t *testing.T, dir string, overlay map[string][]byte) (map[string]int, map[string][]byte) {
	t.Helper()
	var pkgs []*packages.Package
	if overlay == nil {
		pkgs = []*packages.Package{loaded(t, dir)}
	} else {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Env: os.Environ(), Overlay: overlay}
		var err error
		pkgs, err = packages.Load(cfg, dir)
		if err != nil || packages.PrintErrors(pkgs) > 0 {
			t.Fatalf("load: %v (does the fixed code still compile?)", err)
		}
	}
	res, err := checker.Analyze([]*analysis.Analyzer{analyzer.Analyzer}, pkgs, nil)
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
