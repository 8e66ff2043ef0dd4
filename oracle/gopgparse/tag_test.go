package gopgparse

import (
	"reflect"
	"testing"

	"github.com/vmihailenco/tagparser"

	"github.com/relcheck/relcheck/internal/dialects/gopg"
)

// FuzzTagAgainstGoPG: relcheck's tokenizer reads every pg tag exactly as
// github.com/vmihailenco/tagparser v0.1.2, the parser go-pg v10 calls
// (orm/table.go: tagparser.Parse(f.Tag.Get("pg"))), does: the same column
// name and the same options with the same values.
func FuzzTagAgainstGoPG(f *testing.F) {
	for _, s := range []string{
		"", ",", ",pk", "user_id,pk", "rel:has-one,fk:author_id", "rel:has-many,join_fk:trackable_,polymorphic",
		"many2many:order_to_items,fk:order_id,join_fk:item_id", "default:'a,b',notnull", `default:'it\'s'`,
		"type:varchar(10,2),notnull", `a\,b:c\,d`, "on_delete:SET NULL", "'quoted name',pk", "ab'cd',x",
		"a,,b", " a , b : c ", "x:", ":x", "::", "'", "a:'", `a:\`, "(", "a:(b,(c)),d", "fk:'a',b", "é:ü,ñ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := tagparser.Parse(s)
		got := gopg.Fold(gopg.ParseTag(s))
		if got.Name != want.Name {
			t.Fatalf("%q: name %q, tagparser %q", s, got.Name, want.Name)
		}
		if len(got.Options) == 0 && len(want.Options) == 0 {
			return
		}
		if !reflect.DeepEqual(got.Options, want.Options) {
			t.Fatalf("%q: options %q, tagparser %q", s, got.Options, want.Options)
		}
	})
}
