package schema

import "testing"

// A hand-edited file may hold nulls; lookups must never meet them.
func TestDecodeNulls(t *testing.T) {
	s, err := Decode([]byte(`{"tables":[null,{"name":"a","columns":[null,{"name":"x"}],"indexes":[null],"foreignKeys":[null]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	a := s.Table("a")
	if a == nil || a.Column("x") == nil || a.UniqueOn([]string{"x"}) != nil || a.ForeignKeyOn([]string{"x"}) != nil || a.IndexedBy([]string{"x"}) {
		t.Fatalf("%+v", a)
	}
	if s.Table("b") != nil || (*Schema)(nil).Table("a") != nil {
		t.Fatal("a table that is not there")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"tables":[{"name":"a","columns":[{"name":"x"}],"primaryKey":["x"],"indexes":[{"columns":["x"],"unique":true,"where":"x > 0"}]}]}`)
	f.Fuzz(func(t *testing.T, data string) {
		s, err := Decode([]byte(data))
		if err != nil {
			return
		}
		for _, tb := range s.Tables {
			tb.UniqueOn([]string{"x"})
			tb.IndexedBy([]string{"x"})
			tb.ForeignKeyOn([]string{"x"})
			tb.Column("x")
			s.Table(tb.Name)
		}
	})
}
