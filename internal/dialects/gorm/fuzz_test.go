package gorm

import (
	"strconv"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/dialects/internal/dialecttest"
)

// FuzzParseTag checks the properties suggested fixes rely on: option
// spans are in bounds, ordered and disjoint, separators sit between them,
// and rewriting one option leaves the others byte for byte.
func FuzzParseTag(f *testing.F) {
	for _, s := range []string{
		"", ";", "foreignKey:UserID;references:ID", "constraint:OnUpdate:CASCADE,OnDelete:SET NULL",
		`default:a\;b;type:varchar(10)`, "not null;index:idx,unique", "-", "-:migration", "<-:create",
		"::", `\`, `a\`, `\;\;`, "many2many:user_languages;joinForeignKey:UserID", "é:ü;ñ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		opts := ParseTag(s)
		if len(opts) == 0 {
			t.Fatalf("no options for %q", s)
		}
		prev := -1
		for i, o := range opts {
			if o.Start < 0 || o.End > len(s) || o.Start > o.End {
				t.Fatalf("option %d span [%d,%d) out of bounds for %q", i, o.Start, o.End, s)
			}
			if o.Start <= prev {
				t.Fatalf("option %d overlaps the previous one in %q", i, s)
			}
			if i > 0 && s[o.Start-1] != ';' {
				t.Fatalf("option %d does not follow a separator in %q", i, s)
			}
			if o.ValueStart >= 0 && (o.ValueStart < o.Start || o.ValueStart > o.End) {
				t.Fatalf("value start %d outside option [%d,%d)", o.ValueStart, o.Start, o.End)
			}
			prev = o.End
		}
		if opts[0].Start != 0 || opts[len(opts)-1].End != len(s) {
			t.Fatalf("options do not cover %q", s)
		}
		// Deterministic.
		if a, b := Settings(opts), Settings(ParseTag(s)); len(a) != len(b) {
			t.Fatalf("settings differ between runs")
		}
		// Rewrite each option in turn with a plain one: the others stay.
		// (On inputs of thousands of options, the first and last 32: the
		// check is quadratic, and the middle adds nothing.)
		for i, o := range opts {
			if i >= 32 && i < len(opts)-32 {
				continue
			}
			rewritten := s[:o.Start] + "uniqueIndex" + s[o.End:]
			again := ParseTag(rewritten)
			if len(again) != len(opts) {
				// A trailing backslash before the option joins it to
				// the previous one; GORM does the same, so the rewrite
				// changed the structure. Fixes never write one.
				if o.Start > 0 && strings.HasSuffix(s[:o.Start-1], `\`) {
					continue
				}
				t.Fatalf("rewriting option %d of %q changed the option count: %d -> %d", i, s, len(opts), len(again))
			}
			for j := range opts {
				if j == i {
					continue
				}
				before := s[opts[j].Start:opts[j].End]
				after := rewritten[again[j].Start:again[j].End]
				if before != after {
					t.Fatalf("rewriting option %d of %q changed option %d: %q -> %q", i, s, j, before, after)
				}
			}
		}
	})
}

// FuzzModel reads structs whose fields carry fuzzed gorm tags (on columns,
// relations, embedded structs and many-to-many fields) and runs every rule
// over them. Nothing may panic.
func FuzzModel(f *testing.F) {
	f.Add("foreignKey:UserID", "references:ID", "many2many:user_languages", "constraint:OnDelete:SET NULL")
	f.Add("polymorphic:Owner", "uniqueIndex", "embedded;embeddedPrefix:x_", "-")
	f.Add("foreignKey:Nope;references:Nope", "type:text", "many2many:", "constraint:OnDelete:CASCASE")
	f.Add("belongsTo:x", "primaryKey", "joinForeignKey:A,B;joinReferences:C", "polymorphicType:T;polymorphicId:I")
	f.Add(`\`, ";;", "foreignKey:,,,", "OnDelete:CASCADE")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		tag := func(s string) string { return strconv.Quote("gorm:" + strconv.Quote(s)) }
		src := `package p

type Base struct {
	ID   uint ` + "`gorm:" + strconv.Quote(b) + "`" + `
	Link *User
}

type User struct {
	Base
	Name      string
	CompanyID uint
	Company   Company
	Posts     []Post ` + tag(a) + `
	Langs     []Lang ` + tag(c) + `
	Self      *User ` + tag(d) + `
	Code      string ` + tag(b) + `
}

type Company struct {
	ID    uint
	Users []User ` + tag(d) + `
}

type Post struct {
	ID      uint
	UserID  uint ` + tag(b) + `
	User    User ` + tag(a) + `
	OwnerID uint
	OwnerType string
}

type Lang struct {
	ID    uint
	Users []User ` + tag(c) + `
}
`
		dialecttest.Run(t, Dialect, src)
	})
}
