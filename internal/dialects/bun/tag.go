package bun

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// ParseTag tokenizes a bun tag value as github.com/uptrace/bun's
// internal/tagparser does, recording each token's byte span. The first
// token without a ':' is the column name; it is returned as an option with
// an empty Key and the name as Value. Quoted keys and values, escapes and
// parentheses in values (type:varchar(10,2)) follow Bun's parser exactly.
//
// Spans are what fixes edit, so they are conservative: End is where the
// token really ends (a ',' that an escape or an open parenthesis swallowed
// is inside it), and ValueStart is -1 when writing a plain value over
// [ValueStart, End) would run the token into the next one, which happens
// when a closing quote is followed by more text (a:"b"c,d).
func ParseTag(s string) []model.Option {
	if s == "" {
		return nil
	}
	p := &tagParser{s: s}
	for p.i < len(p.s) {
		p.token()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
		}
	}
	return p.opts
}

type tagParser struct {
	s        string
	i        int
	opts     []model.Option
	seenName bool
}

func (p *tagParser) read() byte {
	if p.i >= len(p.s) {
		return 0
	}
	c := p.s[p.i]
	p.i++
	return c
}

// name is tagparser's setName: the first bare token names the column,
// later ones are options without a value.
func (p *tagParser) name(key string, start, end int) {
	if p.seenName {
		p.option(key, "", false, start, end, -1)
		return
	}
	p.seenName = true
	p.opts = append(p.opts, model.Option{Key: "", Value: key, HasValue: true, Start: start, End: end, ValueStart: p.safe(start, end)})
}

// option is tagparser's addOption: an empty key is dropped.
func (p *tagParser) option(key, value string, hasValue bool, start, end, valueStart int) {
	p.seenName = true
	if key == "" {
		return
	}
	if valueStart >= 0 {
		valueStart = p.safe(valueStart, end)
	}
	p.opts = append(p.opts, model.Option{Key: key, Value: value, HasValue: hasValue, Start: start, End: end, ValueStart: valueStart})
}

// safe is the value start when a plain value written over [start, end)
// ends where the token did, -1 otherwise.
func (p *tagParser) safe(start, end int) int {
	if end < len(p.s) && p.s[end] != ',' {
		return -1
	}
	return start
}

func (p *tagParser) token() {
	start := p.i
	for p.i < len(p.s) {
		switch c := p.read(); c {
		case ',':
			p.name(p.s[start:p.i-1], start, p.i-1)
			return
		case ':':
			key := p.s[start : p.i-1]
			vs := p.i
			value, end := p.value()
			p.option(key, value, true, start, end, vs)
			return
		case '"':
			key := p.quoted()
			p.name(key, start, p.i)
			return
		}
	}
	p.name(p.s[start:p.i], start, p.i)
}

// value is tagparser's parseValue; it also returns where the value ends.
func (p *tagParser) value() (string, int) {
	start := p.i
	for p.i < len(p.s) {
		switch c := p.read(); c {
		case '"':
			return p.quoted(), p.i
		case ',':
			return p.s[start : p.i-1], p.i - 1
		case '(':
			p.skipPairs('(', ')')
		}
	}
	if p.i == start {
		return "", p.i
	}
	return p.s[start:p.i], p.i
}

func (p *tagParser) quoted() string {
	if i := strings.IndexByte(p.s[p.i:], '"'); i >= 0 && p.s[p.i+i-1] != '\\' {
		s := p.s[p.i : p.i+i]
		p.i += i + 1
		return s
	}
	b := make([]byte, 0, 16)
	for p.i < len(p.s) {
		switch c := p.read(); c {
		case '\\':
			b = append(b, p.read())
		case '"':
			return string(b)
		default:
			b = append(b, c)
		}
	}
	return ""
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

func (p *tagParser) skipPairs(open, close byte) {
	lvl := 0
	for p.i < len(p.s) {
		switch c := p.read(); c {
		case '"':
			_ = p.quoted()
		case open:
			lvl++
		case close:
			if lvl == 0 {
				return
			}
			lvl--
		}
	}
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
