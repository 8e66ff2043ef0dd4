package precmodels // want package:"models Rule}" package:"evidence gorm: creates FKs"

// Package precmodels holds structs that look like models to a quick eye
// but that GORM never parses: relcheck stays silent on them.

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Rule is a model; Cfgs is a JSON column, so GORM never parses Cfg.
type Rule struct {
	ID   uint
	Cfgs []Cfg `gorm:"serializer:json"`
}

// Cfg's only gorm tag is "-": no evidence of a model.
type Cfg struct {
	Params map[string]string
	Keys   []Key
	Note   string `gorm:"-"`
}

type Key struct {
	Name  string
	Parts []string
}

// Match is a clause.Expression handed to Clauses and Where: GORM builds
// it into SQL and never parses it as a model.
type Match struct {
	Exprs []clause.Expression
	Cols  []Col
}

type Col struct {
	Name string
}

func (m Match) Build(b clause.Builder) {}

// Args is only bound into raw SQL.
type Args struct {
	Tags []string
	Sub  []Col
}

func use(db *gorm.DB) {
	db.AutoMigrate(&Rule{})
	db.Clauses(Match{})
	db.Where(&Match{}).Find(&[]Rule{})
	db.Raw("select 1 where a = @Tags", Args{})
	db.Exec("select 1", &Args{})
}
