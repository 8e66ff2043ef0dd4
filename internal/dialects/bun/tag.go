package bun

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// ParseTag splits a bun tag value into options the way Bun v1.3.0 reads
// it, with each option's byte span for fixes. The first token without a
// ':' names the column; it comes back with an empty Key and the name as
// Value. oracle/buntagfuzz holds the result to Bun's own reading.
//
// What Bun does, and so what this does:
//   - tokens end at ','; after a token one further ',' is passed over, so
//     "a,,b" has no empty token in the middle;
//   - a token is key:value, a bare word, or a double-quoted word (bytes
//     before the quote are lost);
//   - a value ends at ',', except inside parentheses, which nest
//     (type:varchar(10,2)), or at the end of a double-quoted string;
//   - a quoted string is taken raw unless its first '"' follows a
//     backslash; then backslashes escape the next byte. One left open
//     reads as empty and takes the rest of the tag;
//   - an option with an empty key is dropped, but still counts as the
//     name having been seen.
//
// Spans are conservative: End is where the token really ends (a ',' that
// an open quote or parenthesis swallowed is inside it), and ValueStart is
// -1 when a plain value written over [ValueStart, End) would run into the
// next token, as after a closing quote followed by text (a:"b"c,d).
func ParseTag(s string) []model.Option {
	if s == "" {
		return nil
	}
	var opts []model.Option
	named := false
	// valueAt is where a replacement value may start, or -1.
	valueAt := func(from, end int) int {
		if end < len(s) && s[end] != ',' {
			return -1
		}
		return from
	}
	for pos := 0; pos < len(s); {
		t := scanToken(s, pos)
		switch {
		case t.colon < 0 && !named:
			opts = append(opts, model.Option{Value: t.text, HasValue: true,
				Start: pos, End: t.end, ValueStart: valueAt(pos, t.end)})
		case t.colon < 0 && t.text != "":
			opts = append(opts, model.Option{Key: t.text, Start: pos, End: t.end, ValueStart: -1})
		case t.colon >= 0 && s[pos:t.colon] != "":
			opts = append(opts, model.Option{Key: s[pos:t.colon], Value: t.text, HasValue: true,
				Start: pos, End: t.end, ValueStart: valueAt(t.colon+1, t.end)})
		}
		named = true
		pos = t.next
		if pos < len(s) && s[pos] == ',' {
			pos++
		}
	}
	return opts
}

// tagToken is one key:value or bare word of a bun tag.
type tagToken struct {
	colon int    // index of the ':' after the key, -1 for a bare word
	text  string // the value, or the bare word
	end   int    // end of the token's span
	next  int    // where reading goes on
}

// scanToken reads the token starting at pos.
func scanToken(s string, pos int) tagToken {
	i := strings.IndexAny(s[pos:], ",:\"")
	if i < 0 {
		return tagToken{colon: -1, text: s[pos:], end: len(s), next: len(s)}
	}
	i += pos
	switch s[i] {
	case ',':
		return tagToken{colon: -1, text: s[pos:i], end: i, next: i + 1}
	case '"':
		text, after := unquoteTag(s, i+1)
		return tagToken{colon: -1, text: text, end: after, next: after}
	}
	t := tagToken{colon: i}
	from := i + 1
	for j := from; ; {
		k := strings.IndexAny(s[j:], ",(\"")
		if k < 0 {
			t.text, t.end, t.next = s[from:], len(s), len(s)
			return t
		}
		j += k
		switch s[j] {
		case ',':
			t.text, t.end, t.next = s[from:j], j, j+1
			return t
		case '"':
			t.text, t.end = unquoteTag(s, j+1)
			t.next = t.end
			return t
		}
		j = pastParen(s, j+1)
	}
}

// pastParen returns the index after the ')' that closes a '(' just
// before from, or len(s); quoted strings inside are skipped whole.
func pastParen(s string, from int) int {
	depth := 0
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '"':
			_, i = unquoteTag(s, i+1)
			i--
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i + 1
			}
			depth--
		}
	}
	return len(s)
}

// unquoteTag reads a double-quoted string whose opening quote is at from-1,
// returning its text and the index after the closing quote.
func unquoteTag(s string, from int) (string, int) {
	q := strings.IndexByte(s[from:], '"')
	if q >= 0 && s[from+q-1] != '\\' {
		return s[from : from+q], from + q + 1
	}
	var b []byte
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '"':
			return string(b), i + 1
		case '\\':
			i++
			if i < len(s) {
				b = append(b, s[i])
			}
		default:
			b = append(b, s[i])
		}
	}
	return "", len(s)
}

// KeySpan is where o's key is spelt in s, for a fix that renames it; ok is
// false for the column name and for a key that came out of quotes.
func KeySpan(s string, o model.Option) (start, end int, ok bool) {
	if o.Key == "" || o.Start < 0 || o.End > len(s) {
		return 0, 0, false
	}
	end = o.Start + len(o.Key)
	if o.HasValue {
		if o.ValueStart < 0 && (end >= len(s) || s[end] != ':') {
			return 0, 0, false
		}
		if o.ValueStart >= 0 && end != o.ValueStart-1 {
			return 0, 0, false
		}
	} else if end != o.End {
		return 0, 0, false
	}
	if end > len(s) || s[o.Start:end] != o.Key {
		return 0, 0, false
	}
	return o.Start, end, true
}

// Tag is the parsed form Bun works with: the column name and each
// option's values, in order (an option may repeat, as join does).
type Tag struct {
	Name    string
	Options map[string][]string
}

// Fold turns tokens into Bun's Tag.
func Fold(opts []model.Option) Tag {
	t := Tag{}
	for _, o := range opts {
		if o.Key == "" {
			t.Name = o.Value
			continue
		}
		if t.Options == nil {
			t.Options = map[string][]string{}
		}
		t.Options[o.Key] = append(t.Options[o.Key], o.Value)
	}
	return t
}

// Option is tagparser.Tag.Option: the last value given.
func (t Tag) Option(name string) (string, bool) {
	vs, ok := t.Options[name]
	if !ok {
		return "", false
	}
	return vs[len(vs)-1], true
}

func (t Tag) Has(name string) bool {
	_, ok := t.Options[name]
	return ok
}
