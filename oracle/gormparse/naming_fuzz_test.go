package gormparse

import (
	"testing"

	"gorm.io/gorm/schema"

	"github.com/relcheck/relcheck/internal/dialects/gorm"
)

// FuzzNamingAgainstGORM holds relcheck's column, table and join-table
// naming to schema.NamingStrategy{} on any string, not only identifiers:
// GORM's quirks with multi-byte runes and invalid UTF-8 must carry over.
func FuzzNamingAgainstGORM(f *testing.F) {
	for _, s := range []string{
		"", "A", "a", "_", "ID", "UserID", "HTTPServer", "Tenant2ID", "a_B", "A_b", "__X", "XY_", "ABc",
		"ÉtatCivil", "éA", "éAb", "aé", "Aé", "\xff", "A\xffB", "\xffAB", "UTF8Name", "HTTPSProxy", "X9Y", "ΣAB",
	} {
		f.Add(s)
	}
	ns := schema.NamingStrategy{}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := gorm.ColumnName(s), ns.ColumnName("", s); got != want {
			t.Fatalf("column %q: relcheck %q, GORM %q", s, got, want)
		}
		if got, want := gorm.TableName(s), ns.TableName(s); got != want {
			t.Fatalf("table %q: relcheck %q, GORM %q", s, got, want)
		}
		if got, want := gorm.JoinTableName(s), ns.JoinTableName(s); got != want {
			t.Fatalf("join table %q: relcheck %q, GORM %q", s, got, want)
		}
	})
}
