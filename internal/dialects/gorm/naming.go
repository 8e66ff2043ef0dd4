package gorm

import (
	"strings"

	"github.com/relcheck/relcheck/internal/dialects/internal/inflect"
)

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
