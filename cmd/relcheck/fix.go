package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// edit replaces bytes [start,end) of a file as it is on disk.
type edit struct {
	abs   string // the file's absolute name
	file  string // as printed
	start int
	end   int
	text  []byte
	size  int // the file's size when it was loaded
}

// rawEdits are a fix's edits in file offsets: //line directives move the
// positions a finding is printed at, never the bytes an edit replaces.
func rawEdits(f *finding, sf analysis.SuggestedFix) []edit {
	wd, _ := os.Getwd()
	var out []edit
	for _, e := range sf.TextEdits {
		start := f.fset.PositionFor(e.Pos, false)
		end := start
		if e.End.IsValid() {
			end = f.fset.PositionFor(e.End, false)
		}
		size := -1
		if tf := f.fset.File(e.Pos); tf != nil {
			size = tf.Size()
		}
		out = append(out, edit{abs: start.Filename, file: relPath(wd, start.Filename),
			start: start.Offset, end: end.Offset, text: e.NewText, size: size})
	}
	return out
}

// applyFixes takes the first suggested fix of every reported finding and
// applies it, whole or not at all: a fix whose edits overlap an edit of a
// fix already taken is left out, and its finding stays reported. With
// write false nothing is written. It returns the unified diff of every
// file changed.
func (rep *report) applyFixes(wd string, write bool) (string, error) {
	byFile := map[string][]edit{}
	var order []string
	for _, f := range rep.reported() {
		if len(f.diag.SuggestedFixes) == 0 {
			continue
		}
		edits := rawEdits(f, f.diag.SuggestedFixes[0])
		if len(edits) == 0 || conflicts(byFile, edits) {
			continue
		}
		for _, e := range edits {
			if _, ok := byFile[e.abs]; !ok {
				order = append(order, e.abs)
			}
			if !contains(byFile[e.abs], e) {
				byFile[e.abs] = append(byFile[e.abs], e)
			}
		}
		f.fixed = true
		rep.fixes++
	}
	sort.Strings(order)
	var diff bytes.Buffer
	for _, name := range order {
		edits := byFile[name]
		old, err := os.ReadFile(name)
		if err != nil {
			return diff.String(), err
		}
		if edits[0].size >= 0 && len(old) != edits[0].size {
			return diff.String(), fmt.Errorf("%s changed since it was read; run relcheck again", edits[0].file)
		}
		sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
		diff.WriteString(unified(filepath.ToSlash(edits[0].file), old, edits))
		if write {
			info, err := os.Stat(name)
			if err != nil {
				return diff.String(), err
			}
			if err := os.WriteFile(name, apply(old, edits), info.Mode().Perm()); err != nil {
				return diff.String(), err
			}
		}
	}
	rep.files = len(order)
	return diff.String(), nil
}

// conflicts reports whether any edit overlaps an edit taken before it
// (two insertions at one offset count) without being the very same edit,
// which a package and its test variant both suggest.
func conflicts(byFile map[string][]edit, edits []edit) bool {
	for _, e := range edits {
		for _, t := range byFile[e.abs] {
			if e.start == t.start && e.end == t.end && bytes.Equal(e.text, t.text) {
				continue
			}
			if e.start < t.end && t.start < e.end || e.start == t.start {
				return true
			}
		}
	}
	for i, e := range edits { // a fix that contradicts itself
		for _, t := range edits[i+1:] {
			if e.abs == t.abs && (e.start < t.end && t.start < e.end || e.start == t.start) {
				return true
			}
		}
	}
	return false
}

func contains(es []edit, e edit) bool {
	for _, t := range es {
		if t.start == e.start && t.end == e.end && bytes.Equal(t.text, e.text) {
			return true
		}
	}
	return false
}

// apply applies sorted, disjoint edits to src.
func apply(src []byte, edits []edit) []byte {
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...)
}
