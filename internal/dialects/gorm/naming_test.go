package gorm

import "testing"

// Expected values are what gorm.io/gorm/schema.NamingStrategy{} returns
// when run; oracle/gormparse compares against GORM itself on more names.
func TestColumnName(t *testing.T) {
	for in, want := range map[string]string{
		"ID": "id", "UserID": "user_id", "HTTPServer": "http_server", "CompanyRef": "company_ref",
		"OwnerType": "owner_type", "ThisIsATest": "this_is_a_test", "UUID": "uuid", "PersonUUIDs": "person_uuids",
		"Tenant2ID": "tenant2_id", "already_snake": "already_snake",
	} {
		if got := columnName(in); got != want {
			t.Errorf("columnName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTableNames(t *testing.T) {
	for in, want := range map[string]string{
		"User": "users", "Company": "companies", "Address": "addresses", "Box": "boxes", "Person": "people",
		"UserLanguage": "user_languages", "Status": "statuses", "Key": "keys",
	} {
		if got := tableName(in); got != want {
			t.Errorf("tableName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := joinTableName("user_languages"); got != "user_languages" {
		t.Errorf("lower-case join table renamed: %q", got)
	}
	if got := joinTableName("UserSpeak"); got != "user_speaks" {
		t.Errorf("joinTableName(UserSpeak) = %q", got)
	}
}
