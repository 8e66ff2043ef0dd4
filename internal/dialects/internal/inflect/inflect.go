// Package inflect is a port of github.com/jinzhu/inflection v1.0.0 (MIT),
// which GORM and Bun use to pluralise table names. Same rules, same order,
// so names match theirs exactly; relcheck keeps its dependencies to
// x/tools, hence the copy.
package inflect

import (
	"regexp"
	"strings"
	"sync"
)

type inflectRule struct {
	re      *regexp.Regexp
	replace string
}

var inflectPlural = [][2]string{
	{"([a-z])$", "${1}s"}, {"s$", "s"}, {"^(ax|test)is$", "${1}es"}, {"(octop|vir)us$", "${1}i"},
	{"(octop|vir)i$", "${1}i"}, {"(alias|status)$", "${1}es"}, {"(bu)s$", "${1}ses"},
	{"(buffal|tomat)o$", "${1}oes"}, {"([ti])um$", "${1}a"}, {"([ti])a$", "${1}a"}, {"sis$", "ses"},
	{"(?:([^f])fe|([lr])f)$", "${1}${2}ves"}, {"(hive)$", "${1}s"}, {"([^aeiouy]|qu)y$", "${1}ies"},
	{"(x|ch|ss|sh)$", "${1}es"}, {"(matr|vert|ind)(?:ix|ex)$", "${1}ices"}, {"^(m|l)ouse$", "${1}ice"},
	{"^(m|l)ice$", "${1}ice"}, {"^(ox)$", "${1}en"}, {"^(oxen)$", "${1}"}, {"(quiz)$", "${1}zes"},
}

var inflectSingular = [][2]string{
	{"s$", ""}, {"(ss)$", "${1}"}, {"(n)ews$", "${1}ews"}, {"([ti])a$", "${1}um"},
	{"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "${1}sis"},
	{"(^analy)(sis|ses)$", "${1}sis"}, {"([^f])ves$", "${1}fe"}, {"(hive)s$", "${1}"}, {"(tive)s$", "${1}"},
	{"([lr])ves$", "${1}f"}, {"([^aeiouy]|qu)ies$", "${1}y"}, {"(s)eries$", "${1}eries"},
	{"(m)ovies$", "${1}ovie"}, {"(c)ookies$", "${1}ookie"}, {"(x|ch|ss|sh)es$", "${1}"},
	{"^(m|l)ice$", "${1}ouse"}, {"(bus)(es)?$", "${1}"}, {"(o)es$", "${1}"}, {"(shoe)s$", "${1}"},
	{"(cris|test)(is|es)$", "${1}is"}, {"^(a)x[ie]s$", "${1}xis"}, {"(octop|vir)(us|i)$", "${1}us"},
	{"(alias|status)(es)?$", "${1}"}, {"^(ox)en", "${1}"}, {"(vert|ind)ices$", "${1}ex"},
	{"(matr)ices$", "${1}ix"}, {"(quiz)zes$", "${1}"}, {"(database)s$", "${1}"},
}

var inflectIrregular = [][2]string{
	{"person", "people"}, {"man", "men"}, {"child", "children"}, {"sex", "sexes"}, {"move", "moves"}, {"mombie", "mombies"},
}

var inflectUncountable = []string{"equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "jeans", "police"}

var (
	inflectOnce              sync.Once
	pluralRules, singleRules []inflectRule
)

// titleASCII is strings.Title for the lower-case ASCII words above.
func titleASCII(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func compileInflections() {
	for _, u := range inflectUncountable {
		r := inflectRule{regexp.MustCompile("^(?i)(" + u + ")$"), "${1}"}
		pluralRules = append(pluralRules, r)
		singleRules = append(singleRules, r)
	}
	for _, v := range inflectIrregular {
		pluralRules = append(pluralRules,
			inflectRule{regexp.MustCompile(strings.ToUpper(v[0]) + "$"), strings.ToUpper(v[1])},
			inflectRule{regexp.MustCompile(titleASCII(v[0]) + "$"), titleASCII(v[1])},
			inflectRule{regexp.MustCompile(v[0] + "$"), v[1]})
	}
	for _, v := range inflectIrregular {
		singleRules = append(singleRules,
			inflectRule{regexp.MustCompile(strings.ToUpper(v[1]) + "$"), strings.ToUpper(v[0])},
			inflectRule{regexp.MustCompile(titleASCII(v[1]) + "$"), titleASCII(v[0])},
			inflectRule{regexp.MustCompile(v[1] + "$"), v[0]})
	}
	add := func(dst *[]inflectRule, rules [][2]string) {
		for i := len(rules) - 1; i >= 0; i-- {
			v := rules[i]
			*dst = append(*dst,
				inflectRule{regexp.MustCompile(strings.ToUpper(v[0])), strings.ToUpper(v[1])},
				inflectRule{regexp.MustCompile(v[0]), v[1]},
				inflectRule{regexp.MustCompile("(?i)" + v[0]), v[1]})
		}
	}
	add(&pluralRules, inflectPlural)
	add(&singleRules, inflectSingular)
}

func inflect(rules *[]inflectRule, s string) string {
	inflectOnce.Do(compileInflections)
	for _, r := range *rules {
		if r.re.MatchString(s) {
			return r.re.ReplaceAllString(s, r.replace)
		}
	}
	return s
}

// Plural is inflection.Plural.
func Plural(s string) string { return inflect(&pluralRules, s) }

// Singular is inflection.Singular.
func Singular(s string) string { return inflect(&singleRules, s) }
