package gorm

import "strings"

// GORM's default NamingStrategy, reproduced so column and table names match
// what schema.Parse computes.

var initialisms = []string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XSRF", "XSS"}

var initialismReplacer = func() *strings.Replacer {
	var pairs []string
	for _, s := range initialisms {
		pairs = append(pairs, s, s[:1]+strings.ToLower(s[1:]))
	}
	return strings.NewReplacer(pairs...)
}()

// columnName is NamingStrategy.toDBName, byte for byte.
func columnName(name string) string {
	if name == "" {
		return ""
	}
	var (
		value                          = initialismReplacer.Replace(name)
		buf                            strings.Builder
		lastCase, nextCase, nextNumber bool
		curCase                        = value[0] <= 'Z' && value[0] >= 'A'
	)
	for i, v := range value[:len(value)-1] {
		nextCase = value[i+1] <= 'Z' && value[i+1] >= 'A'
		nextNumber = value[i+1] >= '0' && value[i+1] <= '9'
		if curCase {
			if lastCase && (nextCase || nextNumber) {
				buf.WriteRune(v + 32)
			} else {
				if i > 0 && value[i-1] != '_' && value[i+1] != '_' {
					buf.WriteByte('_')
				}
				buf.WriteRune(v + 32)
			}
		} else {
			buf.WriteRune(v)
		}
		lastCase = curCase
		curCase = nextCase
	}
	if curCase {
		if !lastCase && len(value) > 1 {
			buf.WriteByte('_')
		}
		buf.WriteByte(value[len(value)-1] + 32)
	} else {
		buf.WriteByte(value[len(value)-1])
	}
	return buf.String()
}

// tableName is NamingStrategy.TableName. GORM pluralises with
// jinzhu/inflection; plural covers its regular rules and common irregulars,
// which is all relcheck needs since table names only appear in messages and
// in join-table comparison (where both sides go through the same function).
func tableName(typeName string) string { return plural(columnName(typeName)) }

// joinTableName is NamingStrategy.JoinTableName: an all-lower-case name is
// used verbatim, anything else is converted like a type name.
func joinTableName(s string) string {
	if strings.ToLower(s) == s {
		return s
	}
	return plural(columnName(s))
}

var irregular = map[string]string{
	"person": "people", "man": "men", "child": "children", "sex": "sexes",
	"move": "moves", "mouse": "mice", "ox": "oxen", "zombie": "zombies",
}

var uncountable = map[string]bool{
	"equipment": true, "information": true, "rice": true, "money": true, "species": true,
	"series": true, "fish": true, "sheep": true, "jeans": true, "police": true,
}

func plural(s string) string {
	// inflection works on the last word of a snake_case name.
	head, word := "", s
	if i := strings.LastIndexByte(s, '_'); i >= 0 {
		head, word = s[:i+1], s[i+1:]
	}
	if uncountable[word] {
		return s
	}
	if p, ok := irregular[word]; ok {
		return head + p
	}
	switch {
	case word == "":
		return s
	case strings.HasSuffix(word, "s") && (strings.HasSuffix(word, "ss") || strings.HasSuffix(word, "us")):
		if strings.HasSuffix(word, "us") {
			return head + word + "es"
		}
		return head + word + "es"
	case strings.HasSuffix(word, "s"):
		return s
	case strings.HasSuffix(word, "x"), strings.HasSuffix(word, "ch"), strings.HasSuffix(word, "sh"), strings.HasSuffix(word, "z"):
		return head + word + "es"
	case strings.HasSuffix(word, "y") && len(word) > 1 && !strings.ContainsRune("aeiou", rune(word[len(word)-2])):
		return head + word[:len(word)-1] + "ies"
	case strings.HasSuffix(word, "fe"):
		return head + word[:len(word)-2] + "ves"
	}
	return head + word + "s"
}
