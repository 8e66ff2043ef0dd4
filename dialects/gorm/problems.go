package gorm

import "github.com/relcheck/relcheck/model"

// problems records what is wrong in a field's gorm tag.
func (p *parser) problems(field string, tag *model.Tag) {}
