package gorm

import (
	"go/ast"
	"go/importer"
	goparser "go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

func BenchmarkParseTag(b *testing.B) {
	tag := "column:user_id;type:bigint;not null;index:idx_user,priority:2;foreignKey:UserID;references:ID;constraint:OnUpdate:CASCADE,OnDelete:SET NULL"
	b.SetBytes(int64(len(tag)))
	for i := 0; i < b.N; i++ {
		Settings(ParseTag(tag))
	}
}

// BenchmarkParseLargeStruct reads a 1,000-field model.
func BenchmarkParseLargeStruct(b *testing.B) {
	var src strings.Builder
	src.WriteString("package p\n\ntype Big struct {\n\tID uint\n")
	for i := 0; i < 1000; i++ {
		src.WriteString("\tF")
		src.WriteString(strings.Repeat("x", i%7))
		src.WriteString(itoa(i))
		src.WriteString(" string `gorm:\"size:64;index\"`\n")
	}
	src.WriteString("}\n")
	fset := token.NewFileSet()
	f, err := goparser.ParseFile(fset, "p.go", src.String(), 0)
	if err != nil {
		b.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		b.Fatal(err)
	}
	tn := pkg.Scope().Lookup("Big").(*types.TypeName)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m := Parse(tn.Type().(*types.Named), nil)
		if len(m.Fields) != 1001 {
			b.Fatalf("got %d fields", len(m.Fields))
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}
