// Package inflect turns English nouns plural and singular the way
// github.com/jinzhu/inflection v1.0.0 does, since GORM, Bun and go-pg name
// tables with it. The word lists and patterns below are inflection's
// defaults (facts about it, kept so relcheck needs no dependency beyond
// x/tools); oracle/gormparse fuzzes Plural and Singular against it.
//
// A word is inflected by the first stage that applies:
//  1. an uncountable word, in any case, is returned as it is;
//  2. a word ending in an irregular form, spelt in capitals, capitalised
//     or in lower case, has that ending swapped, kept in the same spelling;
//  3. the first regular rule that matches rewrites it. Each rule is tried
//     in capitals first, then as written, then ignoring case.
package inflect

import (
	"regexp"
	"strings"
	"sync"
)

// Plural is the plural of s.
func Plural(s string) string { return toPlural().apply(s) }

// Singular is the singular of s.
func Singular(s string) string { return toSingular().apply(s) }

var uncountable = []string{
	"equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "jeans", "police",
}

// irregular pairs a singular with its plural.
var irregular = []struct{ one, many string }{
	{"person", "people"}, {"man", "men"}, {"child", "children"},
	{"sex", "sexes"}, {"move", "moves"}, {"mombie", "mombies"},
}

// rule is a regular expression and its replacement.
type rule struct{ pattern, replace string }

// pluralRules, most specific first.
var pluralRules = []rule{
	{`(quiz)$`, `${1}zes`},
	{`^(oxen)$`, `${1}`},
	{`^(ox)$`, `${1}en`},
	{`^(m|l)ice$`, `${1}ice`},
	{`^(m|l)ouse$`, `${1}ice`},
	{`(matr|vert|ind)(?:ix|ex)$`, `${1}ices`},
	{`(x|ch|ss|sh)$`, `${1}es`},
	{`([^aeiouy]|qu)y$`, `${1}ies`},
	{`(hive)$`, `${1}s`},
	{`(?:([^f])fe|([lr])f)$`, `${1}${2}ves`},
	{`sis$`, `ses`},
	{`([ti])a$`, `${1}a`},
	{`([ti])um$`, `${1}a`},
	{`(buffal|tomat)o$`, `${1}oes`},
	{`(bu)s$`, `${1}ses`},
	{`(alias|status)$`, `${1}es`},
	{`(octop|vir)i$`, `${1}i`},
	{`(octop|vir)us$`, `${1}i`},
	{`^(ax|test)is$`, `${1}es`},
	{`s$`, `s`},
	{`([a-z])$`, `${1}s`},
}

// singularRules, most specific first.
var singularRules = []rule{
	{`(database)s$`, `${1}`},
	{`(quiz)zes$`, `${1}`},
	{`(matr)ices$`, `${1}ix`},
	{`(vert|ind)ices$`, `${1}ex`},
	{`^(ox)en`, `${1}`},
	{`(alias|status)(es)?$`, `${1}`},
	{`(octop|vir)(us|i)$`, `${1}us`},
	{`^(a)x[ie]s$`, `${1}xis`},
	{`(cris|test)(is|es)$`, `${1}is`},
	{`(shoe)s$`, `${1}`},
	{`(o)es$`, `${1}`},
	{`(bus)(es)?$`, `${1}`},
	{`^(m|l)ice$`, `${1}ouse`},
	{`(x|ch|ss|sh)es$`, `${1}`},
	{`(c)ookies$`, `${1}ookie`},
	{`(m)ovies$`, `${1}ovie`},
	{`(s)eries$`, `${1}eries`},
	{`([^aeiouy]|qu)ies$`, `${1}y`},
	{`([lr])ves$`, `${1}f`},
	{`(tive)s$`, `${1}`},
	{`(hive)s$`, `${1}`},
	{`([^f])ves$`, `${1}fe`},
	{`(^analy)(sis|ses)$`, `${1}sis`},
	{`((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$`, `${1}sis`},
	{`([ti])a$`, `${1}um`},
	{`(n)ews$`, `${1}ews`},
	{`(ss)$`, `${1}`},
	{`s$`, ``},
}

// inflector is one direction, ready to run.
type inflector struct {
	endings []swap // irregular endings, in the order they are tried
	rules   []compiled
}

type swap struct{ from, to string }

type compiled struct {
	re      *regexp.Regexp
	replace string
}

var (
	toPlural   = sync.OnceValue(func() *inflector { return build(pluralRules, false) })
	toSingular = sync.OnceValue(func() *inflector { return build(singularRules, true) })
)

// build compiles rules; reverse reads the irregular pairs plural first.
func build(rules []rule, reverse bool) *inflector {
	in := &inflector{}
	for _, p := range irregular {
		from, to := p.one, p.many
		if reverse {
			from, to = to, from
		}
		for _, spell := range spellings {
			in.endings = append(in.endings, swap{spell(from), spell(to)})
		}
	}
	for _, r := range rules {
		up := strings.ToUpper(r.pattern)
		in.rules = append(in.rules,
			compiled{regexp.MustCompile(up), strings.ToUpper(r.replace)},
			compiled{regexp.MustCompile(r.pattern), r.replace},
			compiled{regexp.MustCompile("(?i)" + r.pattern), r.replace})
	}
	return in
}

// spellings are the forms an irregular ending is recognised in, in order.
var spellings = []func(string) string{strings.ToUpper, capitalize, func(w string) string { return w }}

// capitalize upper-cases the first letter of a lower-case ASCII word.
func capitalize(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

func (in *inflector) apply(s string) string {
	for _, w := range uncountable {
		if strings.EqualFold(s, w) {
			return s
		}
	}
	for _, e := range in.endings {
		if strings.HasSuffix(s, e.from) {
			return s[:len(s)-len(e.from)] + e.to
		}
	}
	for _, c := range in.rules {
		if c.re.MatchString(s) {
			return c.re.ReplaceAllString(s, c.replace)
		}
	}
	return s
}
