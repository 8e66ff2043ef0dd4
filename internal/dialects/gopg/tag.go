package gopg

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// ParseTag tokenizes a pg tag value exactly as github.com/vmihailenco/tagparser
// v0.1.2 (the parser go-pg v10 uses) does, recording each token's byte span.
//
// The grammar, as tagparser reads it:
//   - tokens are separated by ','; one space after a ',' is skipped, and
//     keys and values are trimmed of spaces;
//   - the first token, when it has no ':', is the column name; it is
//     returned as an option with an empty Key and HasValue set;
//   - a later token without ':' is an option without a value (an empty
//     one, as in "a,,b", is kept with an empty Key and HasValue unset);
//   - a value starting with a single quote runs to the next unescaped
//     quote, commas included ('a,b'), and keeps its quotes, which go-pg
//     strips where it reads the value; a quote inside a key-less token
//     starts a quoted token and drops what came before it;
//   - in an unquoted value a backslash escapes the next byte and
//     parentheses nest (type:varchar(10,2)).
//
// Start and End delimit the trimmed token; ValueStart is where the trimmed
// value begins, -1 for a key-less option.
func ParseTag(s string) []model.Option {
	if s == "" {
		return nil
	}
	p := &tagParser{s: s}
	p.parse()
	return p.opts
}

type tagParser struct {
	s       string
	i       int
	opts    []model.Option
	hasName bool
}

func (p *tagParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *tagParser) read() byte {
	if p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		return c
	}
	return 0
}

func (p *tagParser) skip(c byte) bool {
	if p.peek() == c && p.i < len(p.s) {
		p.i++
		return true
	}
	return false
}

// parse is tagparser's parseKey, as a loop rather than by recursion.
func (p *tagParser) parse() {
	for p.i < len(p.s) {
		start := p.i
		done := false
		for p.i < len(p.s) && !done {
			switch c := p.read(); c {
			case ',':
				end := p.i - 1
				p.skip(' ')
				p.keyless(p.s[start:end], start, end)
				done = true
			case ':':
				p.value(start, p.i-1)
				done = true
			case '\'':
				p.quoted(-1, -1, start, p.i-1)
				done = true
			}
		}
		if !done && p.i > start {
			p.keyless(p.s[start:p.i], start, p.i)
		}
	}
}

// trim returns the bounds of s[start:end] without surrounding spaces.
func (p *tagParser) trim(start, end int) (int, int) {
	raw := p.s[start:end]
	l := len(raw) - len(strings.TrimLeft(raw, " \t\n\v\f\r\u0085\u00a0"))
	t := strings.TrimSpace(raw)
	if t == "" {
		return start, start
	}
	i := strings.Index(raw[l:], t)
	if i < 0 {
		// TrimSpace trimmed a Unicode space TrimLeft did not: fall back
		// to the raw bounds, which still contain the token.
		return start, end
	}
	return start + l + i, start + l + i + len(t)
}

// keyless records a token without ':' (tagparser's setTagOption("", v)).
func (p *tagParser) keyless(raw string, start, end int) {
	v := strings.TrimSpace(raw)
	s, e := p.trim(start, end)
	if !p.hasName {
		p.hasName = true
		p.opts = append(p.opts, model.Option{Key: "", Value: v, HasValue: true, Start: s, End: e, ValueStart: s})
		return
	}
	p.opts = append(p.opts, model.Option{Key: v, Start: s, End: e, ValueStart: -1})
}

// keyed records key:value (tagparser's setTagOption(key, v)).
func (p *tagParser) keyed(keyStart, keyEnd int, value string, vs, ve int) {
	key := strings.TrimSpace(p.s[keyStart:keyEnd])
	if key == "" {
		p.keyless(value, vs, ve)
		return
	}
	p.hasName = true
	ks, _ := p.trim(keyStart, keyEnd)
	s, e := p.trim(vs, ve)
	if s == e {
		s, e = vs, vs // an empty value: where it would go
		if s < ks {
			s, e = ks, ks
		}
	}
	p.opts = append(p.opts, model.Option{Key: key, Value: strings.TrimSpace(value), HasValue: true,
		Start: ks, End: max(e, ks+len(key)), ValueStart: s})
}

// value is tagparser's parseValue; the key is s[keyStart:keyEnd].
func (p *tagParser) value(keyStart, keyEnd int) {
	if p.peek() == '\'' {
		p.i++
		p.quoted(keyStart, keyEnd, p.i-1, p.i-1)
		return
	}
	vs := p.i
	var b []byte
	for p.i < len(p.s) {
		c := p.read()
		switch c {
		case '\\':
			b = append(b, p.read())
		case '(':
			b = append(b, c)
			b = p.brackets(b)
		case ',':
			ve := p.i - 1
			p.skip(' ')
			p.keyed(keyStart, keyEnd, string(b), vs, ve)
			return
		default:
			b = append(b, c)
		}
	}
	p.keyed(keyStart, keyEnd, string(b), vs, p.i)
}

func (p *tagParser) brackets(b []byte) []byte {
	lvl := 0
	for p.i < len(p.s) {
		c := p.read()
		switch c {
		case '\\':
			b = append(b, p.read())
		case '(':
			b = append(b, c)
			lvl++
		case ')':
			b = append(b, c)
			lvl--
			if lvl < 0 {
				return b
			}
		default:
			b = append(b, c)
		}
	}
	return b
}

// quoted is tagparser's parseQuotedValue: the opening quote at s[q] has
// been read. keyStart is -1 for a key-less token starting at tokStart.
func (p *tagParser) quoted(keyStart, keyEnd, tokStart, q int) {
	b := []byte{'\''}
	for p.i < len(p.s) {
		j := strings.IndexByte(p.s[p.i:], '\'')
		if j < 0 {
			b = append(b, p.s[p.i:]...)
			p.i = len(p.s)
			break
		}
		bb := p.s[p.i : p.i+j]
		p.i += j + 1
		if len(bb) > 0 && bb[len(bb)-1] == '\\' {
			b = append(b, bb[:len(bb)-1]...)
			b = append(b, '\'')
			continue
		}
		b = append(b, bb...)
		b = append(b, '\'')
		break
	}
	end := p.i
	if keyStart < 0 {
		v := strings.TrimSpace(string(b))
		s, e := p.trim(tokStart, end)
		if !p.hasName {
			p.hasName = true
			p.opts = append(p.opts, model.Option{Key: "", Value: v, HasValue: true, Start: s, End: e, ValueStart: s})
		} else {
			p.opts = append(p.opts, model.Option{Key: v, Start: s, End: e, ValueStart: -1})
		}
	} else {
		p.keyed(keyStart, keyEnd, string(b), q, end)
	}
	if p.skip(',') {
		p.skip(' ')
	}
}

// Tag is tagparser.Tag: the column name and the options, the last value
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

// Unquote is tagparser.Unquote: strips one pair of single quotes.
func Unquote(s string) (string, bool) {
	if len(s) < 2 {
		return s, false
	}
	if s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1], true
	}
	return s, false
}
