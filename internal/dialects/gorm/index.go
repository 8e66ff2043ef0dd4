package gorm

import (
	"sort"
	"strconv"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// addIndexes reads a field's index and uniqueIndex options the way
// schema.parseFieldIndexes does: fields naming the same index share it, so
// a uniqueIndex shared by two fields makes neither unique on its own.
func (p *parser) addIndexes(f *model.Field, tag *model.Tag) {
	if p.indexes == nil {
		p.indexes = map[string][]indexMember{}
	}
	for _, o := range tag.Options {
		k := strings.ToUpper(o.Key)
		if k != "INDEX" && k != "UNIQUEINDEX" {
			continue
		}
		val := o.Value
		name, rest := val, ""
		if i := strings.IndexByte(val, ','); i >= 0 {
			name, rest = val[:i], val[i+1:]
		}
		set := Settings(split(rest, ',', 0))
		if name == "" {
			sub := f.Name
			if c, ok := set["COMPOSITE"]; ok && c != "" && c != "COMPOSITE" {
				sub = c
			}
			name = "idx_" + p.m.Table + "_" + columnName(sub)
		}
		prio, err := strconv.Atoi(set["PRIORITY"])
		if err != nil {
			prio = 10
		}
		if _, ok := p.indexes[name]; !ok {
			p.order = append(p.order, name)
		}
		p.indexes[name] = append(p.indexes[name], indexMember{
			field:    f,
			unique:   k == "UNIQUEINDEX" || set["UNIQUE"] != "",
			priority: prio,
		})
	}
}

func (p *parser) finishIndexes() {
	for _, name := range p.order {
		members := p.indexes[name]
		sort.SliceStable(members, func(i, j int) bool { return members[i].priority < members[j].priority })
		members[0].field.Indexed = true
		if len(members) == 1 && members[0].unique {
			members[0].field.Unique = true
		}
		if len(members) > 1 && members[0].unique {
			var names []string
			for _, mb := range members {
				names = append(names, mb.field.Name)
			}
			p.m.UniqueKeys = append(p.m.UniqueKeys, names)
		}
	}
}
