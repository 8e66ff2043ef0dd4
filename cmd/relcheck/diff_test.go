package main

import (
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	lines := make([]string, 20)
	for i := range lines {
		lines[i] = "line" + itoa(i+1)
	}
	old := strings.Join(lines, "\n") // no newline at the end
	at := func(line int) int { return strings.Index(old, "line"+itoa(line)+"\n") }
	edits := []edit{
		{start: at(2), end: at(2) + 5, text: []byte("LINE2")},          // first hunk
		{start: at(3) + 5, end: at(3) + 5, text: []byte("\nnew3b")},    // same hunk: a line added
		{start: len(old) - 6, end: len(old), text: []byte("LINE20\n")}, // last line, newline added
	}
	got := unified("f.go", []byte(old), edits)
	want := `--- a/f.go
+++ b/f.go
@@ -1,6 +1,7 @@
 line1
-line2
-line3
+LINE2
+line3
+new3b
 line4
 line5
 line6
@@ -17,4 +18,4 @@
 line17
 line18
 line19
-line20
\ No newline at end of file
+LINE20
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestConflicts(t *testing.T) {
	taken := map[string][]edit{"f": {{abs: "f", start: 10, end: 20, text: []byte("x")}}}
	for _, c := range []struct {
		e    edit
		want bool
	}{
		{edit{abs: "f", start: 10, end: 20, text: []byte("x")}, false}, // the same edit, from a test variant
		{edit{abs: "f", start: 15, end: 25, text: []byte("y")}, true},  // overlaps
		{edit{abs: "f", start: 10, end: 10, text: []byte("y")}, true},  // inserts where the other starts
		{edit{abs: "f", start: 20, end: 20, text: []byte("y")}, false}, // right after it
		{edit{abs: "g", start: 10, end: 20, text: []byte("y")}, false}, // another file
	} {
		if got := conflicts(taken, []edit{c.e}); got != c.want {
			t.Errorf("%+v: conflicts %v, want %v", c.e, got, c.want)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
