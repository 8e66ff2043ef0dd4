package migrate

import (
	"regexp"
	"strings"
)

// piece is one MySQL statement of a file: its text and byte offset.
type piece struct {
	off  int
	text string
}

// routineStart matches statements whose bodies may hold BEGIN ... END
// blocks with semicolons inside, when no DELIMITER line protects them.
var routineStart = regexp.MustCompile(`(?is)^\s*CREATE\s+(OR\s+REPLACE\s+)?(DEFINER\s*=\s*\S+\s+)?(AGGREGATE\s+)?(PROCEDURE|FUNCTION|TRIGGER|EVENT)\b`)

// splitMySQL cuts a file into statements the way the mysql client does:
// at the delimiter outside quotes and comments, where a DELIMITER line
// changes the delimiter. A stored routine written without DELIMITER (as
// goose's StatementBegin/End allows) is kept whole by following its
// BEGIN ... END nesting.
func splitMySQL(text string) []piece {
	var out []piece
	delim := ";"
	start := 0
	depth := 0 // BEGIN/CASE blocks open in a routine body
	routine := false
	word := ""     // the last keyword seen, to tell END IF from END
	atLine := true // only blanks since the line began
	emit := func(end int) {
		s := text[start:end]
		if strings.TrimSpace(stripComments(s)) != "" {
			out = append(out, piece{off: start, text: s})
		}
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if atLine && (c == 'd' || c == 'D') && hasWordFold(text[i:], "delimiter") {
			// A client command: the rest of the line is the new delimiter.
			emit(i)
			eol := strings.IndexByte(text[i:], '\n')
			if eol < 0 {
				eol = len(text) - i
			}
			if d := strings.TrimSpace(text[i+len("delimiter") : i+eol]); d != "" {
				delim = d
			}
			i += eol
			start = i
			continue
		}
		switch {
		case c == '\'' || c == '"' || c == '`':
			i = skipQuoted(text, i)
			atLine = false
			continue
		case strings.HasPrefix(text[i:], "--") && (i+2 == len(text) || text[i+2] == ' ' || text[i+2] == '\t' || text[i+2] == '\n' || text[i+2] == '\r'),
			c == '#':
			eol := strings.IndexByte(text[i:], '\n')
			if eol < 0 {
				i = len(text)
			} else {
				i += eol
			}
			continue
		case strings.HasPrefix(text[i:], "/*") && !strings.HasPrefix(text[i:], "/*!"):
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				i = len(text)
			} else {
				i += end + 4
			}
			continue
		case c == '\n':
			atLine = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		}
		atLine = false
		if isWordByte(c) && (i == 0 || !isWordByte(text[i-1])) {
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			w := strings.ToUpper(text[i:j])
			if depth == 0 && !routine && strings.TrimSpace(stripComments(text[start:i])) == "" {
				routine = routineStart.MatchString(text[i:])
			}
			if routine && delim == ";" {
				switch {
				case w == "BEGIN" || w == "CASE" && word != "END":
					depth++
				case word == "END" && (w == "IF" || w == "LOOP" || w == "WHILE" || w == "REPEAT"):
					depth++ // that END closed an IF, not a block
				case w == "END":
					depth--
				}
			}
			word = w
			i = j
			continue
		}
		if strings.HasPrefix(text[i:], delim) && depth <= 0 {
			emit(i)
			i += len(delim)
			start, depth, routine, word = i, 0, false, ""
			continue
		}
		word = ""
		i++
	}
	emit(len(text))
	return out
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func hasWordFold(s, w string) bool {
	return len(s) > len(w) && strings.EqualFold(s[:len(w)], w) && (s[len(w)] == ' ' || s[len(w)] == '\t')
}

// skipQuoted returns the offset after the quoted text starting at i;
// a doubled quote or a backslash escapes (backquotes only double).
func skipQuoted(text string, i int) int {
	q := text[i]
	i++
	for i < len(text) {
		switch {
		case text[i] == '\\' && q != '`':
			i += 2
		case text[i] == q && i+1 < len(text) && text[i+1] == q:
			i += 2
		case text[i] == q:
			return i + 1
		default:
			i++
		}
	}
	return len(text)
}

// stripComments drops -- and /* */ comments (not /*! */, which MySQL
// runs) so an empty statement can be told from a real one.
func stripComments(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\'' || s[i] == '"' || s[i] == '`':
			j := skipQuoted(s, i)
			b.WriteString(s[i:j])
			i = j
		case strings.HasPrefix(s[i:], "--") || s[i] == '#':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return b.String()
			}
			i += j
		case strings.HasPrefix(s[i:], "/*") && !strings.HasPrefix(s[i:], "/*!"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return b.String()
			}
			i += j + 4
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// leadingMySQL is the length of the blanks and comments that open s, so
// a statement is reported at its first word.
func leadingMySQL(s string) int {
	n := 0
	for n < len(s) {
		switch {
		case s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r':
			n++
		case strings.HasPrefix(s[n:], "--") || s[n] == '#':
			i := strings.IndexByte(s[n:], '\n')
			if i < 0 {
				return len(s)
			}
			n += i + 1
		case strings.HasPrefix(s[n:], "/*") && !strings.HasPrefix(s[n:], "/*!"):
			i := strings.Index(s[n+2:], "*/")
			if i < 0 {
				return len(s)
			}
			n += i + 4
		default:
			return n
		}
	}
	return n
}
