package rules

import (
	"strconv"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// path is a use's relation path followed over the models.
type path struct {
	steps  []string
	on     []*model.Model    // the model each step is looked up on
	rels   []*model.Relation // the relations the steps name, up to miss
	miss   int               // the step that names no relation, -1 if none
	column string            // the column the path selects after miss, when there is none (go-pg)
	judged bool              // false: raw SQL, an embedded struct, a model not known
}

// follow walks p over the graph from the query's model, the way the
// use's ORM reads it.
func follow(g *model.Graph, u *model.Use, p string) path {
	w := path{miss: -1}
	m := g.Model(u.Model)
	if m == nil || u.Read.Raw && !identPath(p) {
		return w
	}
	w.steps = []string{p}
	if u.Read.Nested {
		w.steps = strings.Split(p, ".")
	}
	for i, step := range w.steps {
		if step == u.Read.Wildcard && step != "" {
			break
		}
		w.on = append(w.on, m)
		r := m.Relation(step)
		if r == nil {
			switch {
			case u.Read.Embedded && embeds(m, step):
				return w
			case u.Read.ColumnTail && i > 0:
				col := w.steps[len(w.steps)-1]
				if col != "_" && m.Column(col) == nil {
					w.miss, w.column = i, col
				}
				w.judged = true
				return w
			}
			w.miss, w.judged = i, true
			return w
		}
		w.rels = append(w.rels, r)
		if i < len(w.steps)-1 {
			if m = g.Model(r.Target); m == nil {
				return w
			}
		}
	}
	w.judged = true
	return w
}

// identPath reports whether s reads as Go names joined by dots, which is
// what a relation path looks like; anything else is SQL.
func identPath(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for i, c := range part {
			if !(c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

// embeds reports whether name is an embedded struct of m that declares
// relations.
func embeds(m *model.Model, name string) bool {
	for _, r := range m.Relations {
		if first, _, _ := strings.Cut(r.Embed, "."); first == name && r.Embed != "" {
			return true
		}
	}
	return false
}

// says fills in the ORM's words for a use that fails at step i.
func says(g *model.Graph, u *model.Use, w path, i int) string {
	query, table := u.Model.Name, ""
	if m := g.Model(u.Model); m != nil {
		table = m.Table
	}
	text := u.Read.Says
	if w.column != "" {
		text = u.Read.ColumnSays
	}
	return strings.NewReplacer("{step}", w.steps[i], "{path}", u.Path, "{model}", w.on[i].Ref.Name,
		"{query}", query, "{table}", table, "{column}", w.column).Replace(text)
}

// call is how a message names the call: Preload("Postss").
func call(u *model.Use) string { return u.Method + "(" + strconv.Quote(u.Path) + ")" }

func ormOf(u *model.Use) string { return u.Read.ORM }

// toMany reports whether a relation loads a list.
func toMany(r *model.Relation) bool {
	return r.Kind == model.HasMany || r.Kind == model.ManyToMany
}
