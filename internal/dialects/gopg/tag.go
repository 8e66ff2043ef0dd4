package gopg

import (
	"strings"
	"unicode"

	"github.com/relcheck/relcheck/internal/model"
)

// ParseTag splits a pg tag value into options the way go-pg v10 reads it
// (through github.com/vmihailenco/tagparser v0.1.2), recording each
// option's byte span for fixes. oracle/gopgparse fuzzes it against
// tagparser itself.
//
// The grammar, as observed:
//   - tokens are separated by ','; one space after a ',' is skipped, and
//     keys and values are trimmed of spaces;
//   - the first token, when it has no ':', is the column name; it is
//     returned as an option with an empty Key and HasValue set;
//   - a later token without ':' is an option without a value (an empty
//     one, as in "a,,b", is kept with an empty Key and HasValue unset);
//   - a value starting with a single quote runs to the next quote not
//     preceded by a backslash, commas included ('a,b'), and keeps its
//     quotes, which go-pg strips where it reads the value; a quote inside a
//     key-less token starts a quoted token and drops what came before it;
//   - in an unquoted value a backslash escapes the next byte and
//     parentheses nest (type:varchar(10,2)).
//
// Start and End delimit the trimmed token; ValueStart is where the trimmed
// value begins, -1 for a key-less option.
func ParseTag(s string) []model.Option {
	if s == "" {
		return nil
	}
	b := pgTagBuilder{s: s}
	pos := 0
	for pos < len(s) {
		i := strings.IndexAny(s[pos:], ",:'")
		if i < 0 {
			b.bare(s[pos:], pos, len(s))
			break
		}
		i += pos
		switch s[i] {
		case ',':
			b.bare(s[pos:i], pos, i)
			pos = skipByte(s, i+1, ' ')
		case '\'':
			v, after := quotedValue(s, i+1)
			b.bare(v, pos, after)
			pos = afterQuoted(s, after)
		default: // ':'
			if i+1 < len(s) && s[i+1] == '\'' {
				v, after := quotedValue(s, i+2)
				b.pair(pos, i, v, i+1, after)
				pos = afterQuoted(s, after)
				break
			}
			v, end := plainValue(s, i+1)
			b.pair(pos, i, v, i+1, end)
			pos = len(s)
			if end < len(s) {
				pos = skipByte(s, end+1, ' ')
			}
		}
	}
	return b.opts
}

// skipByte steps over c if s[i] is c.
func skipByte(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return i + 1
	}
	return i
}

// afterQuoted is where the next token starts after a quoted value: past
// a ',' and then one space, when they follow.
func afterQuoted(s string, i int) int {
	if i < len(s) && s[i] == ',' {
		return skipByte(s, i+1, ' ')
	}
	return i
}

// quotedValue reads a single-quoted value whose opening quote is at
// from-1, up to the first quote not preceded by a backslash. The quotes
// stay; \' becomes '; other backslashes stay. Left open, it runs to the
// end of s.
func quotedValue(s string, from int) (string, int) {
	v := []byte{'\''}
	for i := from; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'' && s[i-1] == '\\':
			v[len(v)-1] = c // the backslash just copied
		case c == '\'':
			return string(append(v, c)), i + 1
		default:
			v = append(v, c)
		}
	}
	return string(v), len(s)
}

// plainValue reads an unquoted value from i to the ',' that ends it
// (returned as end, len(s) when none). A backslash copies the next byte
// (a NUL when there is none, as tagparser's reader gives), and a ','
// inside parentheses belongs to the value.
func plainValue(s string, i int) (v string, end int) {
	var b []byte
	depth := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++
			if i < len(s) {
				c = s[i]
			} else {
				c = 0
			}
		case c == ',' && depth == 0:
			return string(b), i
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		}
		b = append(b, c)
	}
	return string(b), len(s)
}

// pgTagBuilder collects options as tagparser records them: the first
// key-less token is the name, and every option, keyed or not, ends the
// chance of one.
type pgTagBuilder struct {
	s     string
	opts  []model.Option
	named bool
}

// bare records a token without a key; raw spans s[start:end].
func (b *pgTagBuilder) bare(raw string, start, end int) {
	v := strings.TrimSpace(raw)
	ts, te := spaceTrimmed(b.s, start, end)
	if b.named {
		b.opts = append(b.opts, model.Option{Key: v, Start: ts, End: te, ValueStart: -1})
		return
	}
	b.named = true
	b.opts = append(b.opts, model.Option{Value: v, HasValue: true, Start: ts, End: te, ValueStart: ts})
}

// pair records key:value, the key at s[ks:ke] and the value's source at
// s[vs:ve]. An empty key leaves a bare token.
func (b *pgTagBuilder) pair(ks, ke int, value string, vs, ve int) {
	key := strings.TrimSpace(b.s[ks:ke])
	if key == "" {
		b.bare(value, vs, ve)
		return
	}
	b.named = true
	ks, _ = spaceTrimmed(b.s, ks, ke)
	ts, te := spaceTrimmed(b.s, vs, ve)
	if ts == te {
		te = vs // an empty value: the span is where one would go
		ts = vs
	}
	b.opts = append(b.opts, model.Option{Key: key, Value: strings.TrimSpace(value), HasValue: true,
		Start: ks, End: max(te, ks+len(key)), ValueStart: ts})
}

// spaceTrimmed is s[start:end] less the white space TrimSpace removes,
// as bounds; an all-space range collapses to start.
func spaceTrimmed(s string, start, end int) (int, int) {
	raw := s[start:end]
	lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
	if lead == len(raw) {
		return start, start
	}
	return start + lead, start + len(strings.TrimRightFunc(raw, unicode.IsSpace))
}

// Tag is a pg tag as go-pg holds it: the column name and the options, the last value
// of a repeated option winning.
type Tag struct {
	Name    string
	Options map[string]string
}

// Fold turns tokens into the Tag go-pg works with.
func Fold(opts []model.Option) Tag {
	t := Tag{}
	for i, o := range opts {
		if i == 0 && o.Key == "" && o.HasValue {
			t.Name = o.Value
			continue
		}
		if t.Options == nil {
			t.Options = map[string]string{}
		}
		t.Options[o.Key] = o.Value
	}
	return t
}

// Option returns an option's value.
func (t Tag) Option(name string) (string, bool) {
	v, ok := t.Options[name]
	return v, ok
}

func (t Tag) Has(name string) bool {
	_, ok := t.Options[name]
	return ok
}

// Unquote drops the single quotes around a quoted value, reporting
// whether there were any; go-pg reads quoted values through it.
func Unquote(s string) (string, bool) {
	if n := len(s); n >= 2 && s[0] == '\'' && s[n-1] == '\'' {
		return s[1 : n-1], true
	}
	return s, false
}
