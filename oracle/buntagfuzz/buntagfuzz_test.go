// Package buntagfuzz holds relcheck's Bun tag tokenizer to Bun's own,
// input by input. Bun's tagparser is internal (bun/internal/tagparser),
// so the comparison goes through what Bun shows: a struct built at run
// time carries the fuzzed `bun:"..."` tag, Bun reads it as db.Table does (the pg dialect's table cache), and
// the field's schema.Field.Tag (the parsed tagparser.Tag) and column name
// are compared with relcheck's ParseTag, folded.
package buntagfuzz

import (
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/schema"

	relbun "github.com/relcheck/relcheck/internal/dialects/bun"
)

// bunField has Bun read a struct whose field F carries the tag, and
// returns F as Bun sees it (nil when Bun drops it), or Bun's panic.
func bunField(tag string) (f *schema.Field, panicked string) {
	defer func() {
		if e := recover(); e != nil {
			panicked = fmt.Sprint(e)
		}
	}()
	typ := reflect.StructOf([]reflect.StructField{
		{Name: "ID", Type: reflect.TypeOf(int64(0)), Tag: `bun:",pk"`},
		{Name: "F", Type: reflect.TypeOf(""), Tag: reflect.StructTag(tag)},
	})
	// A fresh dialect each time: Bun caches tables by type, and the same
	// tag gives the same type.
	d := pgdialect.New()
	tbl := d.Tables().Get(typ)
	for _, f := range tbl.Fields {
		if f.GoName == "F" {
			return f, ""
		}
	}
	for _, f := range tbl.FieldMap {
		if f.GoName == "F" {
			return f, "" // scanonly
		}
	}
	return nil, ""
}

var seeds = []string{
	"", ",", "id,pk,autoincrement", ",pk", "user_id,notnull", "column:user_id", ",unique", "unique:group",
	"rel:belongs-to,join:author_id=id", "join:'a'='b'", "type:varchar(10,2)", "type:geometry(POINT, 4326),notnull",
	`default:"now()"`, `default:'x,y'`, `hello:"world1,world2",world3`, `hello:"D'Angelo, esquire",foo:bar`,
	`"hello,world'`, `"hello:world"`, `a:"x\"y",b`, `a:"x\,y`, `"\,`, `\`, `a:\`, `"`, `a:"`, `a:"b"c,d`,
	"a:(b", "a:(b,c:d", "a:b)c,d", "soft_delete,nullzero", "scanonly", ",,", "::", ":v", "a:,b", "ondelete:CASCADE",
	"é:ü,ñ", "on_delete:CASCASE", " hello,foo: bar ", "pk,id", `"a"b,c`, `x,"y"`, "m2m:user_tags,join:User=Tag",
	"on_delete:SET NULL", "alt:old_name,default:0", `a:"(",b`, `a:("),b`, "a,,b", "a:b,,c",
}

func FuzzBunTagAgainstBun(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st := reflect.StructTag("bun:" + strconv.Quote(s))
		if got, ok := st.Lookup("bun"); !ok || got != s {
			t.Skip() // not expressible as a struct tag
		}
		if s == "-" {
			t.Skip() // Bun skips the field before parsing
		}
		field, panicked := bunField(string(st))
		rel := relbun.Fold(relbun.ParseTag(s))
		if panicked != "" || field == nil {
			// A relation on a string, embed: on a string, a bad type:
			// Bun stops before it shows the tag. Nothing to compare.
			t.Skip()
		}
		if field.Tag.Name != rel.Name || !reflect.DeepEqual(field.Tag.Options, rel.Options) {
			t.Fatalf("tag %q:\n relcheck name %q options %q\n Bun      name %q options %q", s, rel.Name, rel.Options, field.Tag.Name, field.Tag.Options)
		}
		// The column name, as Bun's newField decides it.
		col := "f"
		if rel.Name != "" {
			col = rel.Name
		}
		if c, ok := rel.Option("column"); ok {
			col = c
		}
		if field.Name != col {
			t.Fatalf("tag %q: relcheck names the column %q, Bun %q", s, col, field.Name)
		}
	})
}
