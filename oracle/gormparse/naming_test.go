package gormparse

import (
	"testing"

	"gorm.io/gorm/schema"

	"github.com/relcheck/relcheck/internal/dialects/gorm"
)

// relcheck's copy of GORM's default naming strategy must agree with GORM.
func TestNamingMatchesGORM(t *testing.T) {
	ns := schema.NamingStrategy{}
	names := []string{
		"ID", "Id", "UserID", "UserId", "HTTPServer", "CompanyRef", "OwnerType", "ThisIsATest", "UUID", "PersonUUIDs",
		"Tenant2ID", "already_snake", "APIKey", "JSONData", "URLPath", "A", "AB", "XMLHttpRequest", "Person", "Category",
		"Address", "Box", "Status", "UserLanguage", "Child", "Mouse", "Day", "Key", "Bus", "Quiz", "Wife", "Tooth",
		"Index", "Matrix", "Sheep", "Fish", "News", "Analysis", "Crisis", "Datum", "Medium", "Octopus", "Cactus",
	}
	for _, n := range names {
		if got, want := gorm.ColumnName(n), ns.ColumnName("", n); got != want {
			t.Errorf("column %q: relcheck %q, GORM %q", n, got, want)
		}
		if got, want := gorm.JoinTableName(n), ns.JoinTableName(n); got != want {
			t.Errorf("join table %q: relcheck %q, GORM %q", n, got, want)
		}
		if got, want := gorm.TableName(n), ns.TableName(n); got != want {
			t.Errorf("table %q: relcheck %q, GORM %q", n, got, want)
		}
	}
}
