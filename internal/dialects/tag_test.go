package dialects_test

import (
	"strconv"
	"testing"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/bun"
	"github.com/relcheck/relcheck/internal/dialects/gopg"
	"github.com/relcheck/relcheck/internal/dialects/gorm"
	"github.com/relcheck/relcheck/internal/model"
)

// A fix that appends an option must not land inside the last one: each
// ORM's tokenizer decides whether the tag is still open at its end.
func TestTagOpen(t *testing.T) {
	for _, c := range []struct {
		dialect, key, sep, value string
		parse                    func(string) []model.Option
		open                     bool
	}{
		{"gorm", "gorm", ";", "size:64", gorm.ParseTag, false},
		{"gorm", "gorm", ";", "size:64;", gorm.ParseTag, false},
		{"gorm", "gorm", ";", `comment:a\`, gorm.ParseTag, true}, // GORM joins "a\;x" into one setting
		{"bun", "bun", ",", ",notnull", bun.ParseTag, false},
		{"bun", "bun", ",", "type:varchar(10", bun.ParseTag, true},
		{"bun", "bun", ",", `default:"a`, bun.ParseTag, true},
		{"bun", "bun", ",", "type:varchar(10,2)", bun.ParseTag, false},
		{"gopg", "pg", ",", "default:'a", gopg.ParseTag, true},
		{"gopg", "pg", ",", "default:'a,b'", gopg.ParseTag, false},
	} {
		tag := c.key + ":" + strconv.Quote(c.value)
		got, ok := dialects.Tag(nil, nil, tag, c.key, c.sep, c.parse)
		if !ok {
			t.Fatalf("%s %q: no tag", c.dialect, c.value)
		}
		if got.Open != c.open {
			t.Errorf("%s %q: Open = %v, want %v (options %+v)", c.dialect, c.value, got.Open, c.open, got.Options)
		}
	}
}
