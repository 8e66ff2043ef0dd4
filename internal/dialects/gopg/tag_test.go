package gopg

import "testing"

// TestTagSpanAfterWideSpace: a token after a multi-byte space (U+2000 is
// E2 80 80) is found where it is, not at a byte of the space that happens
// to equal its own first byte.
func TestTagSpanAfterWideSpace(t *testing.T) {
	s := "\u2000\x80,b"
	opts := ParseTag(s)
	if len(opts) != 2 {
		t.Fatalf("%q: %+v", s, opts)
	}
	if o := opts[0]; o.Start != 3 || o.End != 4 || s[o.Start:o.End] != o.Value {
		t.Errorf("%q: name span [%d,%d), want [3,4)", s, o.Start, o.End)
	}
}
