// Package tagfuzz holds relcheck's GORM tag tokenizer to GORM's own
// schema.ParseTagSetting, input by input.
package tagfuzz

import (
	"reflect"
	"testing"

	"gorm.io/gorm/schema"

	"github.com/relcheck/relcheck/internal/dialects/gorm"
)

func FuzzTagAgainstGORM(f *testing.F) {
	for _, s := range []string{
		"", ";", "foreignKey:UserID;references:ID", "constraint:OnUpdate:CASCADE,OnDelete:SET NULL",
		`default:a\;b;type:varchar(10)`, `comment:say \"hi\"`, "not null;index:idx,unique", "-", "-:migration",
		"<-:create", "::", `\`, `a\`, `\;\;`, " foreignKey : X ", "é:ü;ñ", "KEY;key:v", ":v", "a;;b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := schema.ParseTagSetting(s, ";")
		got := gorm.Settings(gorm.ParseTag(s))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tag %q:\n relcheck %q\n GORM     %q", s, got, want)
		}
		// The constraint value is split on ',' the same way.
		if c, ok := want["CONSTRAINT"]; ok {
			if g, w := gorm.Settings(gorm.SplitOptions(c, ',')), schema.ParseTagSetting(c, ","); !reflect.DeepEqual(g, w) {
				t.Fatalf("constraint %q:\n relcheck %q\n GORM     %q", c, g, w)
			}
		}
	})
}
