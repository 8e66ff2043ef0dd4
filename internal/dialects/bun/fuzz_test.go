package bun

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/internal/dialects/internal/dialecttest"
	"github.com/relcheck/relcheck/internal/model"
)

// tagSeeds are realistic bun tags, and the odd ones Bun's tokenizer
// still has to survive.
var tagSeeds = []string{
	"", ",", "id,pk,autoincrement", ",pk", "user_id,notnull", "column:user_id", ",unique", "unique:group",
	"rel:belongs-to,join:author_id=id", "rel:has-many,join:id=author_id,on_delete:CASCADE",
	"rel:has-one,join:id=user_id,join:kind=kind", "m2m:user_tags,join:User=Tag", "rel:belongs-to,on_delete:SET NULL",
	"rel:has-many,join:type=owner_type,polymorphic:user", `join_on:"a = 'b'"`, "join:'a'='b'",
	"type:varchar(10,2)", "type:geometry(POINT, 4326),notnull", `default:"now()"`, `default:'x,y'`,
	`hello:"world1,world2",world3`, `hello:"D'Angelo, esquire",foo:bar`, `"hello,world'`, `"hello:world"`,
	`a:"x\"y",b`, `a:"x\,y`, `"\,`, `\`, `a:\`, `"`, `a:"`, `a:"b"c,d`, "a:(b", "a:(b,c:d", "a:b)c,d",
	"embed:addr_", "soft_delete,nullzero", "scanonly", ",,", "::", ":v", "a:,b", "ondelete:CASCADE",
	"é:ü,ñ", "on_delete:CASCASE", " hello,foo: bar ", "-", "pk,id",
}

// FuzzParseTag checks the properties suggested fixes rely on: option
// spans are in bounds, ordered and disjoint; each key, value and name
// span holds what the option says; and rewriting one option the way the
// rules' fixes do (a key, a value, a misplaced name, or an option added at
// the end) leaves every other option byte for byte and parsed the same.
func FuzzParseTag(f *testing.F) {
	for _, s := range tagSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		opts := ParseTag(s)
		prev := 0
		for i, o := range opts {
			if o.Start < 0 || o.End > len(s) || o.Start > o.End {
				t.Fatalf("option %d span [%d,%d) out of bounds for %q", i, o.Start, o.End, s)
			}
			if i > 0 && (o.Start < prev || o.Start == opts[i-1].Start) {
				t.Fatalf("option %d overlaps the previous one in %q", i, s)
			}
			if o.ValueStart >= 0 {
				if o.ValueStart < o.Start || o.ValueStart > o.End {
					t.Fatalf("value start %d outside option [%d,%d) in %q", o.ValueStart, o.Start, o.End, s)
				}
				// An unquoted value is spelt as it is read.
				if raw := s[o.ValueStart:o.End]; !strings.ContainsAny(raw, `"(`) && raw != o.Value {
					t.Fatalf("value span of option %d of %q holds %q, not %q", i, s, raw, o.Value)
				}
			}
			if !o.HasValue && o.ValueStart >= 0 {
				t.Fatalf("option %d of %q has a value span but no value", i, s)
			}
			if ks, ke, ok := KeySpan(s, o); ok && s[ks:ke] != o.Key {
				t.Fatalf("key span of option %d of %q holds %q, not %q", i, s, s[ks:ke], o.Key)
			}
			prev = o.End
		}
		// Deterministic.
		if a, b := Fold(opts), Fold(ParseTag(s)); !reflect.DeepEqual(a, b) {
			t.Fatalf("tag %q parses differently between runs", s)
		}
		same := func(what string, i int, rewritten string, took func(model.Option) bool) {
			t.Helper()
			again := ParseTag(rewritten)
			if len(again) != len(opts) {
				t.Fatalf("%s of option %d of %q (now %q) changed the option count: %d -> %d", what, i, s, rewritten, len(opts), len(again))
			}
			for j := range opts {
				if j == i {
					if !took(again[j]) {
						t.Fatalf("%s of option %d of %q (now %q) did not take: %+v", what, i, s, rewritten, again[j])
					}
					continue
				}
				before, after := s[opts[j].Start:opts[j].End], rewritten[again[j].Start:again[j].End]
				if before != after || opts[j].Key != again[j].Key || opts[j].Value != again[j].Value || opts[j].HasValue != again[j].HasValue {
					t.Fatalf("%s of option %d of %q (now %q) changed option %d: %q %+v -> %q %+v", what, i, s, rewritten, j, before, opts[j], after, again[j])
				}
			}
		}
		for i, o := range opts {
			// A value fix (inverse-mismatch, fk-missing, a misspelt
			// action or relation) writes a plain value over
			// [ValueStart, End); so does renaming the column.
			if o.ValueStart >= 0 {
				same("rewriting the value", i, s[:o.ValueStart]+"x_1"+s[o.End:], func(n model.Option) bool {
					return n.Value == "x_1" && n.Key == o.Key
				})
			}
			// A key fix (an unknown option's did-you-mean) renames it.
			if ks, ke, ok := KeySpan(s, o); ok {
				same("renaming the key", i, s[:ks]+"on_delete"+s[ke:], func(n model.Option) bool {
					return n.Key == "on_delete" && n.Value == o.Value
				})
			}
		}
	})
}

// FuzzModel reads structs whose fields carry fuzzed bun tags (on columns,
// belongs-to, has-one, has-many and m2m relations, embedded structs and
// embed: fields) and runs Resolve, Link and every rule over them. Nothing
// may panic, and no rule may fall back to an internal finding.
func FuzzModel(f *testing.F) {
	f.Add("rel:belongs-to,join:author_id=id", ",pk", "m2m:user_tags,join:User=Tag", "rel:has-many,join:id=author_id,on_delete:CASCADE")
	f.Add("rel:has-one,join:id=user_id", "unique", "embed:addr_", "-")
	f.Add("rel:belongs-to,join:nope=nope", "type:varchar(10,2)", "m2m:", "rel:belongs-to,on_delete:CASCASE")
	f.Add("rel:has-many,join:type=owner_type,polymorphic", "pk,autoincrement", "m2m:user_tags,join:Nope=Tag", "rel:belongs-to,on_delete:SET NULL")
	f.Add(`"`, ",,", "join:,,,", "ondelete:CASCADE")
	f.Add("rel:has-one", "user_id", "m2m:user_tags,join:User=Tag,join:X=Y", "rel:wrong")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		tag := func(s string) string { return strconv.Quote("bun:" + strconv.Quote(s)) }
		src := `package p

type Base struct {
	ID   int64 ` + "`bun:" + strconv.Quote(b) + "`" + `
	Link *User ` + tag(a) + `
}

type Addr struct {
	Street string ` + tag(b) + `
	UserID int64
}

type User struct {
	Base
	Name      string
	CompanyID int64 ` + tag(b) + `
	Company   *Company ` + tag(a) + `
	Posts     []Post ` + tag(d) + `
	Tags      []Tag ` + tag(c) + `
	Self      *User ` + tag(d) + `
	Home      Addr ` + tag(c) + `
	Code      string ` + tag(b) + `
}

type Company struct {
	ID    int64 ` + "`bun:\",pk\"`" + `
	Users []User ` + tag(d) + `
}

type Post struct {
	ID        int64 ` + "`bun:\",pk\"`" + `
	UserID    *int64 ` + tag(b) + `
	User      *User ` + tag(a) + `
	OwnerID   int64
	OwnerType string
}

type Tag struct {
	ID    int64 ` + "`bun:\",pk\"`" + `
	Users []User ` + tag(c) + `
}

type UserTag struct {
	UserID int64 ` + tag(b) + `
	User   *User ` + tag(a) + `
	TagID  int64 ` + "`bun:\",pk\"`" + `
	Tag    *Tag ` + "`bun:\"rel:belongs-to\"`" + `
}
`
		dialecttest.Run(t, Dialect, src)
	})
}
