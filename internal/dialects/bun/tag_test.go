package bun

import "testing"

// TestTagSpans pins the spans fixes edit on the tags that used to get them
// wrong: a ',' swallowed by an unterminated quote or parenthesis is inside
// the token, and a value closed by a quote with text after it offers no
// value span, since a plain value written there would run into that text.
func TestTagSpans(t *testing.T) {
	for _, c := range []struct {
		tag        string
		i          int
		start, end int
		valueStart int
	}{
		{`a:(b,`, 0, 0, 5, 2},
		{`"a,`, 0, 0, 3, 0},
		{`a:"b"c,d`, 0, 0, 5, -1},
		{`a:"b"c,d`, 1, 5, 6, -1},
		{`a:"b",d`, 0, 0, 5, 2},
		{`x,"ondelete"`, 1, 2, 12, -1},
	} {
		opts := ParseTag(c.tag)
		if c.i >= len(opts) {
			t.Errorf("%q: no option %d in %+v", c.tag, c.i, opts)
			continue
		}
		o := opts[c.i]
		if o.Start != c.start || o.End != c.end || o.ValueStart != c.valueStart {
			t.Errorf("%q option %d: span [%d,%d) value %d, want [%d,%d) value %d", c.tag, c.i, o.Start, o.End, o.ValueStart, c.start, c.end, c.valueStart)
		}
	}
	// A quoted key has no key span: a rename would rewrite the quotes.
	if _, _, ok := KeySpan(`x,"ondelete"`, ParseTag(`x,"ondelete"`)[1]); ok {
		t.Errorf("a quoted key has a key span")
	}
}
