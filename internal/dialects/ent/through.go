package ent

import (
	"fmt"
	"go/ast"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// Edge schemas: edge.To("liked_tweets", Tweet.Type).Through("likes",
// Like.Type) keeps the many-to-many's rows in Like's own table, whose
// edges (edge.To("user", User.Type).Unique().Required().Field("user_id"))
// hold the two keys. entc's Graph.edgeSchemas decides the layout and
// the errors reproduced here.

const (
	optThroughType = "through-type" // T of Through("name", T.Type)
	optCompositeID = "composite-id" // field.ID("user_id", "tweet_id") in the schema's Annotations
)

// compositeID reads field.ID("a", "b") among a schema's annotations and
// keeps it on the id field until Link knows whether the schema is an
// edge schema.
func (r *reader) compositeID(elts []ast.Expr) {
	for _, e := range elts {
		pkg, steps, ok := chain(e, r.info)
		if !ok || pkg != fieldPkg || len(steps) != 1 || steps[0].name != "ID" {
			continue
		}
		var names []string
		for _, a := range steps[0].call.Args {
			s, ok := str(r.info, a)
			if !ok {
				r.m.Partial = true
				return
			}
			names = append(names, s)
		}
		id := r.m.Fields[0]
		id.Tag.Options = append(id.Tag.Options, model.Option{Key: optCompositeID, Value: strings.Join(names, ","), HasValue: true})
	}
}

// throughs lays out the many-to-many edges that go through an edge
// schema, after joinTable gave them ent's default join table.
func throughs(g *model.Graph) {
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != model.ManyToMany || r.Join == nil || has(r, optInverse) || r.Unresolved != nil {
				continue
			}
			a := edge{r: r, owner: m, target: g.Model(r.Target)}
			var inv edge
			if a.target != nil && r.Inverse != "" {
				if s := a.target.Relation(r.Inverse); s != nil && has(s, optInverse) {
					inv = edge{r: s, owner: a.target, target: m}
				}
			}
			via := a
			if !has(a.r, optThrough) {
				via = inv
			}
			if via.r == nil || !has(via.r, optThrough) {
				continue
			}
			through(g, a, inv, via)
		}
	}
}

// through lays out one many-to-many pair (a, inv) whose edge via names
// the edge schema.
func through(g *model.Graph, a, inv, via edge) {
	name, _ := get(via.r, optThrough)
	typ, _ := get(via.r, optThroughType)
	es := g.Model(model.Ref{Pkg: via.owner.Ref.Pkg, Name: typ})
	if es == nil || a.target == nil {
		return
	}
	// The M2M edges' own actions are never read (oracle: edgeschema with
	// an annotation on User.liked_tweets): the keys are the edge schema's
	// edges, with their actions. joinTable's reason does not hold here.
	actions := map[*model.Relation]string{}
	for _, e := range []edge{a, inv} {
		if e.r != nil {
			actions[e.r] = e.r.OnDelete
			e.r.OnDelete = ""
			dropStray(e.owner, e.r.Pos)
		}
	}
	cols := []string{a.r.Join.OwnerColumns[0], a.r.Join.TargetColumns[0]}
	var refs [2]*model.Relation
	if !es.Partial {
		fail := func(reason, says, advice string) {
			via.r.Unresolved = &model.Unresolved{Option: optThrough, Name: name, In: es.Ref, Fatal: true,
				Reason: reason, ORMSays: says, Advice: advice}
		}
		for i, c := range cols {
			match := a.owner
			if i == 1 {
				match = a.target
			}
			ref := edgeField(es, c, match.Ref)
			if ref == nil {
				fail(fmt.Sprintf("the edge schema %s has no edge to %s bound to a field (Field(%q))", es.Ref.Name, match.Ref.Name, c),
					fmt.Sprintf("missing edge-field %s.%s for edge schema used by %s.%s in Through(%q, %s.Type)", es.Ref.Name, c, via.owner.Ref.Name, via.r.Name, name, es.Ref.Name),
					fmt.Sprintf("give %s a field %s and edge.To(..., %s.Type).Unique().Required().Field(%q)", es.Ref.Name, c, match.Ref.Name, c))
				return
			}
			if !has(ref, optRequired) {
				fail(fmt.Sprintf("%s.%s, a key of the edge schema, is not Required()", es.Ref.Name, ref.Name),
					fmt.Sprintf("edge-schema %s is missing a Required() attribute for its reference edge %q", es.Ref.Name, via.r.Name),
					fmt.Sprintf("add Required() to %s.%s, and drop Optional() from its field", es.Ref.Name, ref.Name))
				return
			}
			cols[i], _ = get(ref, optField)
			refs[i] = ref
		}
		if id, ok := optValue(es.Fields[0].Tag, optCompositeID); ok && es.Fields[0].Name == "id" {
			if id != cols[0]+","+cols[1] {
				fail(fmt.Sprintf("%s's field.ID(%s) is not its join columns in order", es.Ref.Name, id),
					fmt.Sprintf("edge schema primary key can only be defined on \"id\" or (%q, %q) in the same order", cols[0], cols[1]),
					fmt.Sprintf("write field.ID(%q, %q)", cols[0], cols[1]))
				return
			}
			compositeKey(es, cols)
		}
		for i, e := range []edge{a, inv} {
			if e.r != nil && actions[e.r] != "" && !sameAction(actions[e.r], refAction(es, refs[i])) {
				e.owner.StrayActions = append(e.owner.StrayActions, model.StrayAction{
					Pos:    e.r.Pos,
					Action: "ON DELETE " + actions[e.r],
					Why:    fmt.Sprintf("%s.%s goes through the edge schema %s, and entc takes the action of %s.%s from %s.%s's annotations", e.owner.Ref.Name, e.r.Name, es.Ref.Name, es.Table, cols[i], es.Ref.Name, refs[i].Name),
					Fix:    fmt.Sprintf("move the annotation to %s.%s", es.Ref.Name, refs[i].Name),
				})
			}
		}
	}
	for _, e := range []edge{a, inv} {
		if e.r == nil {
			continue
		}
		own, tgt := cols[0], cols[1]
		if e.r == inv.r {
			own, tgt = tgt, own
		}
		e.r.Join = &model.JoinTable{Custom: true, Table: es.Table, OwnerColumns: []string{own}, TargetColumns: []string{tgt}}
	}
}

// refAction is the action of the edge schema's key held by edge ref: its
// own, else ent's default for its NOT NULL column.
func refAction(es *model.Model, ref *model.Relation) string {
	if ref.OnDelete != "" {
		return ref.OnDelete
	}
	return defaultAction(false)
}

// edgeField is the edge of the edge schema holding column c: the one
// bound to a field named c, else the only one bound to a field that
// points at match.
func edgeField(es *model.Model, c string, match model.Ref) *model.Relation {
	var byType []*model.Relation
	for _, r := range es.Relations {
		f, ok := get(r, optField)
		if !ok {
			continue
		}
		if f == c {
			return r
		}
		if r.Target == match {
			byType = append(byType, r)
		}
	}
	if len(byType) == 1 {
		return byType[0]
	}
	return nil
}

// compositeKey makes the edge fields the edge schema's primary key:
// entc drops its id column.
func compositeKey(es *model.Model, cols []string) {
	id := es.Fields[0]
	id.Column, id.PrimaryKey, id.Unique, id.Indexed = "", false, false, false
	es.PrimaryKey = cols
	for _, c := range cols {
		if f := es.Field(c); f != nil {
			f.PrimaryKey = true
		}
	}
	if len(cols) > 0 {
		if f := es.Field(cols[0]); f != nil {
			f.Indexed = true // the key's leading column
		}
	}
}

// dropStray forgets the stray action joinTable recorded at pos.
func dropStray(m *model.Model, pos model.Pos) {
	out := m.StrayActions[:0]
	for _, s := range m.StrayActions {
		if s.Pos != pos {
			out = append(out, s)
		}
	}
	m.StrayActions = out
}
