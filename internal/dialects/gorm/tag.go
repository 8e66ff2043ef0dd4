package gorm

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// ParseTag tokenizes a gorm tag value the way gorm.io/gorm/schema's
// ParseTagSetting does (";" between settings, a backslash escapes the
// separator, the first ":" splits key from value) and records each option's
// byte span so a fix can rewrite one option and nothing else.
func ParseTag(value string) []model.Option {
	return split(value, ';', 0)
}

// split is ParseTagSetting with positions; base is added to every offset.
func split(s string, sep byte, base int) []model.Option {
	var opts []model.Option
	start := 0
	for start <= len(s) {
		// A segment ends at the next separator that is not escaped by a
		// trailing backslash; GORM joins escaped pieces back together.
		end := start
		for {
			i := strings.IndexByte(s[end:], sep)
			if i < 0 {
				end = len(s)
				break
			}
			end += i
			if end > start && s[end-1] == '\\' {
				end++
				continue
			}
			break
		}
		opts = append(opts, option(s[start:end], sep, base+start))
		if end >= len(s) {
			break
		}
		start = end + 1
	}
	return opts
}

func option(seg string, sep byte, start int) model.Option {
	raw := seg
	// GORM removes the escaping backslash before each joined separator.
	seg = strings.ReplaceAll(seg, "\\"+string(sep), string(sep))
	o := model.Option{Start: start, End: start + len(raw), ValueStart: -1}
	if i := strings.IndexByte(seg, ':'); i >= 0 {
		o.Key = strings.TrimSpace(seg[:i])
		o.Value = strings.ReplaceAll(seg[i+1:], `\"`, `"`)
		o.HasValue = true
		if j := strings.IndexByte(raw, ':'); j >= 0 {
			o.ValueStart = start + j + 1
		}
	} else {
		o.Key = strings.TrimSpace(seg)
	}
	return o
}

// Settings folds options into GORM's settings map: upper-cased keys, the
// last occurrence wins, and a bare key maps to itself.
func Settings(opts []model.Option) map[string]string {
	m := make(map[string]string, len(opts))
	for _, o := range opts {
		k := strings.ToUpper(o.Key)
		if o.HasValue {
			m[k] = o.Value
		} else if k != "" {
			m[k] = k
		}
	}
	return m
}

// checkTruth is gorm/utils.CheckTruth: any value that is set and not "false".
func checkTruth(vals ...string) bool {
	for _, v := range vals {
		if v != "" && !strings.EqualFold(v, "false") {
			return true
		}
	}
	return false
}

// toColumns is GORM's: a comma-separated list, each entry trimmed.
func toColumns(val string) []string {
	if val == "" {
		return nil
	}
	parts := strings.Split(val, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// SplitOptions tokenizes a setting's value on sep (',' inside
// constraint:), the way ParseTagSetting(value, sep) does.
func SplitOptions(value string, sep byte) []model.Option { return split(value, sep, 0) }
