package precgopg // want package:"models"

// A go-pg column named like an option: go-pg names the column as written
// and logs a warning. Where the option takes a value, the name can only
// mean the column (a warning); where it is a flag, the option was meant.
type Api struct {
	tableName struct{} `pg:"apis"`

	ID      int64
	ApiType string `pg:"type, type:varchar"` // want `Api.ApiType: "type" in first position is the column name`
	Enabled bool   `pg:"notnull"`            // want `Api.Enabled: "notnull" in first position is the column name, not the option`
}

// A model name long enough that the headline names the field alone.
type OperationComparisonChangelogEntityRecord struct {
	tableName struct{} `pg:"changelog"`

	ID      int64
	ApiType string `pg:"type,type:varchar"` // want `^tag-syntax: ApiType: "type" in first position is the column name, not an option; fine if that column is meant$`
}
