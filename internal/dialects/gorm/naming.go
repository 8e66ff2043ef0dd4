package gorm

import (
	"strings"
	"unicode/utf8"

	"github.com/relcheck/relcheck/internal/dialects/internal/inflect"
)

// GORM's default NamingStrategy: relcheck must name columns and tables as
// schema.Parse does. The initialisms are GORM's list (a fact about GORM).

var initialisms = []string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XSRF", "XSS"}

var initialismReplacer = func() *strings.Replacer {
	var pairs []string
	for _, s := range initialisms {
		pairs = append(pairs, s, s[:1]+strings.ToLower(s[1:]))
	}
	return strings.NewReplacer(pairs...)
}()

// columnName is the column GORM's default naming strategy gives a field.
//
// After the initialisms above are folded ("UserID" -> "UserId"), the name
// is walked piece by piece: every rune but the last byte, which GORM
// handles on its own (so a name ending in a multi-byte rune comes out
// with U+FFFD pieces, as GORM's does). A piece counts as a capital only
// when it is an ASCII capital and the piece before it was one byte wide;
// GORM classifies the byte after the previous piece's first byte, so a
// capital right after a wide rune passes as a lower-case letter.
//
// A capital is lower-cased. It opens a word, and gets an underscore, unless
// it is the first piece, or it continues a run of capitals (the previous
// piece was one, and the next byte is a capital or a digit), or an
// underscore is already beside it. The last byte only asks whether the
// piece before it was a capital. Anything else is copied, invalid bytes
// as U+FFFD. oracle/gormparse fuzzes this against GORM.
func columnName(name string) string {
	if name == "" {
		return ""
	}
	s := initialismReplacer.Replace(name)
	last := len(s) - 1
	var out strings.Builder
	out.Grow(len(s) + 4)
	prevCap, prevWide := false, false
	for i := 0; i <= last; {
		width := 1
		r := rune(s[i])
		if i < last {
			r, width = utf8.DecodeRuneInString(s[i:last])
		}
		isCap := !prevWide && isASCIIUpper(s[i])
		switch {
		case !isCap && i == last:
			out.WriteByte(s[i])
		case !isCap:
			out.WriteRune(r)
		case i == last:
			if i > 0 && !prevCap {
				out.WriteByte('_')
			}
			out.WriteByte(s[i] | 0x20)
		default:
			next := s[i+1]
			inRun := prevCap && (isASCIIUpper(next) || '0' <= next && next <= '9')
			if !inRun && i > 0 && s[i-1] != '_' && next != '_' {
				out.WriteByte('_')
			}
			out.WriteByte(s[i] | 0x20)
		}
		prevCap, prevWide = isCap, width > 1
		i += width
	}
	return out.String()
}

func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// tableName is NamingStrategy.TableName.
func tableName(typeName string) string { return inflect.Plural(columnName(typeName)) }

// joinTableName is NamingStrategy.JoinTableName: an all-lower-case name is
// used verbatim, anything else is converted like a type name.
func joinTableName(s string) string {
	if strings.ToLower(s) == s {
		return s
	}
	return inflect.Plural(columnName(s))
}

// ColumnName and TableName expose GORM's default naming, for tools and for
// the oracle test that holds them to GORM's own.
func ColumnName(field string) string { return columnName(field) }

func TableName(typeName string) string { return tableName(typeName) }

func JoinTableName(name string) string { return joinTableName(name) }

// Plural and Singular expose the inflection GORM, Bun and go-pg share, for
// the oracle test that holds it to github.com/jinzhu/inflection.
func Plural(word string) string { return inflect.Plural(word) }

func Singular(word string) string { return inflect.Singular(word) }
