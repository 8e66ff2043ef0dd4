package gopg

import (
	"strconv"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/dialects/internal/dialecttest"
)

// FuzzParseTag checks the properties suggested fixes rely on: option
// spans are in bounds, ordered and disjoint, a key sits at its option's
// start, the value starts inside its option, and the tokenizer never
// panics. That it reads tags as go-pg does is checked against go-pg's own
// parser (vmihailenco/tagparser) in oracle/gopgparse (FuzzTagAgainstGoPG).
func FuzzParseTag(f *testing.F) {
	for _, s := range []string{
		"", ",", ",pk", "user_id,pk", "rel:has-one,fk:author_id", "rel:has-many,join_fk:trackable_,polymorphic",
		"many2many:order_to_items,fk:order_id,join_fk:item_id", "default:'a,b',notnull", `default:'it\'s'`,
		"type:varchar(10,2),notnull", `a\,b:c\,d`, "on_delete:SET NULL", "'quoted name',pk", "ab'cd',x",
		"a,,b", " a , b : c ", "x:", ":x", "::", "'", "a:'", `a:\`, "(", "a:(b,(c)),d", "fk:'a',b", "é:ü,ñ", "''' ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		opts := ParseTag(s)
		prev := 0
		for i, o := range opts {
			if o.Start < 0 || o.End > len(s) || o.Start > o.End {
				t.Fatalf("option %d span [%d,%d) out of bounds for %q", i, o.Start, o.End, s)
			}
			if o.Start < prev {
				t.Fatalf("option %d [%d,%d) overlaps the previous one (ends %d) in %q", i, o.Start, o.End, prev, s)
			}
			if o.ValueStart >= 0 && (o.ValueStart < o.Start || o.ValueStart > o.End) {
				t.Fatalf("option %d: value start %d outside [%d,%d) in %q", i, o.ValueStart, o.Start, o.End, s)
			}
			if o.HasValue && o.Key != "" && s[o.Start:min(len(s), o.Start+len(o.Key))] != o.Key {
				t.Fatalf("option %d: key %q not at its start %d in %q", i, o.Key, o.Start, s)
			}
			if o.HasValue && o.Key != "" && o.ValueStart < 0 {
				t.Fatalf("option %d: key %q with a value but no value start in %q", i, o.Key, s)
			}
			prev = o.End
		}
		// Folding never panics and is deterministic.
		if a, b := Fold(opts), Fold(ParseTag(s)); a.Name != b.Name || len(a.Options) != len(b.Options) {
			t.Fatalf("fold differs between runs for %q", s)
		}
		// Replacing one plain key:value option's key with another key
		// (what a did-you-mean fix does) keeps every other option's text.
		for i, o := range opts {
			if !o.HasValue || o.Key == "" || strings.ContainsAny(o.Key, ",:'\\") {
				continue
			}
			rewritten := s[:o.Start] + "notnull" + s[o.Start+len(o.Key):]
			again := ParseTag(rewritten)
			if len(again) != len(opts) {
				t.Fatalf("rewriting key %d of %q changed the option count: %d -> %d", i, s, len(opts), len(again))
			}
			d := len("notnull") - len(o.Key)
			for j := range opts {
				if j == i {
					continue
				}
				before := s[opts[j].Start:opts[j].End]
				after := rewritten[again[j].Start:again[j].End]
				if before != after || (j > i && again[j].Start != opts[j].Start+d) {
					t.Fatalf("rewriting key %d of %q changed option %d: %q -> %q", i, s, j, before, after)
				}
			}
		}
	})
}

// FuzzModel reads structs whose fields carry fuzzed pg tags (on columns,
// relations, the tableName field and many2many fields) and runs every rule
// over them. Nothing may panic.
func FuzzModel(f *testing.F) {
	f.Add("rel:has-one", "join_fk:user_id", "many2many:user_langs", "on_delete:SET NULL")
	f.Add("rel:has-many,polymorphic", ",pk", "users,alias:u", "-")
	f.Add("rel:belongs-to,join_fk:nope", "type:text", "many2many:", "on_delete:CASCASE")
	f.Add("rel:has-mny", "unique:a,b", "fk:x,join_fk:y", ",soft_delete")
	f.Add(`\`, ",,", "fk:,,,", "rel:many2many")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		tag := func(s string) string { return strconv.Quote("pg:" + strconv.Quote(s)) }
		src := `package p

type Base struct {
	ID   int64 ` + tag(b) + `
	Link *User
}

type User struct {
	tableName struct{} ` + tag(c) + `
	Base
	Name      string
	CompanyID int64 ` + tag(d) + `
	Company   *Company ` + tag(a) + `
	Posts     []Post ` + tag(a) + `
	Langs     []Lang ` + tag(c) + `
	Self      *User ` + tag(d) + `
	Code      string ` + tag(b) + `
}

type Company struct {
	ID    int64
	Users []User ` + tag(d) + `
}

type Post struct {
	ID        int64
	UserID    int64 ` + tag(b) + `
	User      *User ` + tag(a) + `
	OwnerID   int64
	OwnerType string
}

type Lang struct {
	tableName struct{} ` + tag(c) + `
	ID    int64
	UserID int64 ` + tag(b) + `
	Users []User ` + tag(c) + `
}
`
		dialecttest.Run(t, Dialect, src)
	})
}
