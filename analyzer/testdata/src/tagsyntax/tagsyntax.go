package tagsyntax // want package:"models"

import "gorm.io/gorm"

type User struct {
	ID        uint
	Email     string    `gorm:"uniqe"`                       // want `unknown GORM setting "uniqe", which GORM silently ignores; did you mean unique\?`
	Nick      string    `gorm:"unique_index"`                // want `"unique_index" is GORM v1 spelling that GORM v2 silently ignores; write uniqueIndex`
	Bio       string    `gorm:"type varchar(100)"`           // want `"type varchar\(100\)" is not a setting`
	Posts     []Post    `gorm:"constraint:OnDelete:CASCASE"` // want `"CASCASE" is not a referential action.*did you mean CASCADE\?`
	Comments  []Comment `gorm:"OnDelete:CASCADE"`            // want `"OnDelete" is not a GORM setting on its own.*write constraint:OnDelete:CASCADE`
	CompanyID uint      `gorm:"foreignKey:CompanyRef"`       // want `CompanyID: foreignKey only applies to a relation field`
	Handle    string    `gorm:"handle,notnull"`              // want `User\.Handle: "handle,notnull" is Bun/go-pg syntax GORM ignores; separate settings with ';'`
	Plugin    string    `gorm:"softDelete:flag"`             // unknown to GORM but far from any key: a plugin's, silent
	Name      string    `gorm:"size:64;not null;index"`      // all valid: silent
	Broken    string    `gorm:size:64`                       // want `the struct tag is malformed`
	Note      string    `json:"note" doc:"see gorm:size"`    // well-formed; "gorm:" inside another key's value: silent
	Late      string    `json:"late" gorm:"size:64`          // want `the struct tag is malformed`
}

type Post struct {
	gorm.Model
	UserID uint
}

type Comment struct {
	gorm.Model
	UserID uint
}

// Bun-style tags whose every word GORM does anyway: nothing is lost, so
// nothing is reported. A word that would have changed something still is.
type Source struct {
	ID            uint   `gorm:"primaryKey,autoIncrement"`
	DatasourceIds string `gorm:"datasource_ids,omitempty"`
	UserID        uint   `gorm:"user_id,unique"` // want `Source\.UserID: "user_id,unique" is Bun/go-pg syntax GORM ignores; separate settings with ';'`
	Owner         string `gorm:"uid,omitempty"`  // want `Source\.Owner: "uid,omitempty" is Bun/go-pg syntax GORM ignores; separate settings with ';'`
	Code          string `gorm:"code,notnull"`   // want `Source\.Code: "code,notnull" is Bun/go-pg syntax GORM ignores; separate settings with ';'`
}
