package gopg

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// column is Table.getField: a field by column name, "-" fields included
// (go-pg keeps them in FieldsMap).
func column(m *model.Model, name string) *model.Field { return m.Column(name) }

func tagOf(r *model.Relation) Tag { return Fold(tagOpts(r.Tag)) }

func fatal(option, name string, in model.Ref, reason, says string) *model.Unresolved {
	return &model.Unresolved{Option: option, Name: name, In: in, Reason: reason, ORMSays: says, Fatal: true}
}

func noPK(m *model.Model) *model.Unresolved {
	u := fatal("", "", m.Ref, m.Ref.Name+" has no primary key", "pg: model="+typeName(m.TypeName())+" does not have primary keys")
	u.Advice = "name its key column id, or mark it with pg:\",pk\""
	return u
}

// modelName is Table.ModelName.
func modelName(m *model.Model) string {
	return dialects.Underscore(m.TypeName())
}

// Resolve decides each rel: relation's keys as orm.Table does in
// mustHasOneRelation, mustBelongsToRelation and mustHasManyRelation.
// Many-to-many relations need the registered join table: Link.
func Resolve(m *model.Model, lookup func(model.Ref) *model.Model) {
	for _, r := range m.Relations {
		if r.Kind != "" || r.Unresolved != nil {
			continue
		}
		t := tagOf(r)
		rel, ok := t.Option("rel")
		if !ok || rel == "many2many" {
			continue // Link
		}
		target := lookup(r.Target)
		if target == nil {
			continue
		}
		switch rel {
		case "has-one":
			if !r.Many {
				hasOne(m, target, r, t)
			}
		case "belongs-to":
			if !r.Many {
				has(m, target, r, t, model.HasOne)
			}
		case "has-many":
			if r.Many {
				has(m, target, r, t, model.HasMany)
			}
		}
	}
	strayActions(m)
}

// candidateStrays lists the actions on columns of a model in which go-pg
// guesses no relation; strayActions keeps those that no rel:has-one uses.
func candidateStrays(m *model.Model) []model.StrayAction {
	var out []model.StrayAction
	for _, f := range m.Fields {
		if f.Tag == nil {
			continue
		}
		ft := Fold(f.Tag.Options)
		for _, key := range []string{"on_delete", "on_update"} {
			v, ok := ft.Option(key)
			if !ok || v == "" {
				continue
			}
			out = append(out, model.StrayAction{
				Field: f.Name, Tag: f.Tag, Option: key,
				Action: "ON " + strings.ToUpper(key[3:]) + " " + strings.ToUpper(v),
				Why: fmt.Sprintf("go-pg creates a FOREIGN KEY, and so reads %s, only for a rel:has-one on %s whose key is this column, and none is "+
					"(a rel:has-many or rel:belongs-to on the other model creates no foreign key)", key, m.Ref.Name),
			})
		}
	}
	return out
}

// strayActions keeps the candidate actions on columns that no rel:has-one
// of the model uses as its key: go-pg creates a FOREIGN KEY only for those
// (table_create.go), so an action anywhere else is never in the DDL.
func strayActions(m *model.Model) {
	used := map[string]bool{}
	for _, r := range m.Relations {
		if !r.Many && (r.Unresolved != nil || r.Kind == "") {
			m.StrayActions = nil
			return // a has-one gone wrong: fk-missing or tag-syntax speaks
		}
		if r.FKSide == model.SideOwner && r.Constraint {
			for _, fk := range r.ForeignKey {
				used[fk] = true
			}
		}
	}
	kept := m.StrayActions[:0]
	for _, a := range m.StrayActions {
		if !used[a.Field] {
			kept = append(kept, a)
		}
	}
	m.StrayActions = kept
}

// hasOne is go-pg's has-one: the foreign key is on the declaring model
// (GORM's and Bun's belongs-to). go-pg builds a FOREIGN KEY only for
// these, and takes its actions from the foreign-key column's own tag.
func hasOne(owner, target *model.Model, r *model.Relation, t Tag) {
	refs := []*model.Field{}
	joinFK, joinFKOK := t.Option("join_fk")
	if joinFKOK {
		g := column(target, joinFK)
		if g == nil {
			r.Unresolved = fatal("join_fk", joinFK, target.Ref, fmt.Sprintf("%s has no column %q", target.Ref.Name, joinFK),
				fmt.Sprintf("pg: %s has-one %s: field %s specified by join_fk doesn't exist on %s", typeName(owner.TypeName()), r.Name, joinFK, typeName(target.TypeName())))
			return
		}
		refs = append(refs, g)
		r.ExplicitRefs = true
	} else {
		if len(target.PrimaryKey) == 0 {
			r.Unresolved = noPK(target)
			return
		}
		for _, n := range target.PrimaryKey {
			refs = append(refs, target.Field(n))
		}
	}
	musts := func(col string) string {
		return fmt.Sprintf("pg: %s has-one %s: %s must have column %s (use fk:custom_column tag on %s field to specify custom column)",
			typeName(owner.TypeName()), r.Name, typeName(owner.TypeName()), col, r.Name)
	}
	var fks []*model.Field
	var fallback *model.Unresolved
	prefix, fkOK := t.Option("fk")
	if fkOK && len(refs) == 1 {
		f := column(owner, prefix)
		if f == nil {
			r.Unresolved = fatal("fk", prefix, owner.Ref, fmt.Sprintf("%s has no column %q", owner.Ref.Name, prefix), musts(prefix))
			r.Unresolved.Advice = "name its full foreign-key column in fk:"
			return
		}
		fks = append(fks, f)
		r.ExplicitFK = true
	} else {
		if !fkOK {
			prefix = dialects.Underscore(r.Name) + "_"
		}
		for _, g := range refs {
			col := prefix + g.Column
			if f := column(owner, col); f != nil {
				fks = append(fks, f)
				continue
			}
			if f := column(owner, g.Column); f != nil {
				fks = append(fks, f)
				fallback = &model.Unresolved{In: owner.Ref, Name: col,
					Reason: fmt.Sprintf("%s has no column %s", owner.Ref.Name, col),
					Why: fmt.Sprintf("go-pg silently joins on %s.%s = %s.%s instead, which matches unrelated rows (and its FOREIGN KEY, if created, is on %s.%s)",
						owner.Table, f.Column, target.Table, g.Column, owner.Table, f.Column),
					Advice: fmt.Sprintf("add it, or write fk:%s if that join is meant", f.Column)}
				continue
			}
			r.Unresolved = fatal("", col, owner.Ref, fmt.Sprintf("%s has no column %s for it", owner.Ref.Name, col), musts(col))
			return
		}
	}
	r.Unresolved = pkToPK(fallback, fks, refs)
	r.Kind, r.FKSide = model.BelongsTo, model.SideOwner
	r.ForeignKey, r.References = dialects.FieldNames(fks), dialects.FieldNames(refs)
	r.Constraint, r.Enforcement = true, model.EnforceDatabase
	// onDelete/onUpdate in table_create.go: the first FK column that
	// declares one.
	for _, f := range fks {
		ft := Fold(tagOpts(f.Tag))
		if v, ok := ft.Option("on_delete"); ok && v != "" && r.OnDelete == "" {
			r.OnDelete = strings.ToUpper(v)
		}
		if v, ok := ft.Option("on_update"); ok && v != "" && r.OnUpdate == "" {
			r.OnUpdate = strings.ToUpper(v)
		}
	}
	r.ActionsOn = owner.Ref.Name + "." + fks[0].Name
	if r.OnDelete == "" && r.OnUpdate == "" {
		// An action on the relation field itself: go-pg never reads it.
		r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
		if r.OnDelete != "" || r.OnUpdate != "" {
			r.Constraint, r.Enforcement = false, model.EnforceNone
			r.NoConstraint = fmt.Sprintf("go-pg reads on_delete and on_update only from the foreign-key column's own tag (%s), never from the relation field (move it there)", r.ActionsOn)
		}
	}
}

// has is go-pg's belongs-to (kind HasOne) and has-many: the foreign key is
// on the other model, named by join_fk.
func has(owner, target *model.Model, r *model.Relation, t Tag, kind model.Kind) {
	word := "belongs-to"
	if kind == model.HasMany {
		word = "has-many"
	}
	if len(owner.PrimaryKey) == 0 {
		r.Unresolved = noPK(owner)
		return
	}
	says := func(col string) string {
		if kind == model.HasOne {
			return fmt.Sprintf("pg: %s belongs-to %s: %s must have column %s (use join_fk:custom_column tag on %s field to specify custom column)",
				r.Name, typeName(owner.TypeName()), typeName(target.TypeName()), col, r.Name)
		}
		return fmt.Sprintf("pg: %s has-many %s: %s must have column %s (use join_fk:custom_column tag on %s field to specify custom column)",
			typeName(owner.TypeName()), r.Name, typeName(target.TypeName()), col, r.Name)
	}
	var refs, fks []*model.Field
	var fallback *model.Unresolved
	for _, n := range owner.PrimaryKey {
		refs = append(refs, owner.Field(n))
	}
	prefix, fkOK := t.Option("join_fk")
	poly := kind == model.HasMany && t.Has("polymorphic")
	if fkOK && !poly && len(refs) == 1 {
		g := column(target, prefix)
		if g == nil {
			r.Unresolved = fatal("join_fk", prefix, target.Ref, fmt.Sprintf("%s has no column %q", target.Ref.Name, prefix), says(prefix))
			r.Unresolved.Advice = "name its full foreign-key column in join_fk:"
			return
		}
		fks = append(fks, g)
		r.ExplicitFK = true
	} else {
		if !fkOK {
			prefix = modelName(owner) + "_"
		}
		for _, pk := range refs {
			col := prefix + pk.Column
			if g := column(target, col); g != nil {
				fks = append(fks, g)
				continue
			}
			if g := column(target, pk.Column); g != nil {
				fks = append(fks, g)
				fallback = &model.Unresolved{In: target.Ref, Name: col,
					Reason: fmt.Sprintf("%s has no column %s", target.Ref.Name, col),
					Why: fmt.Sprintf("go-pg silently joins on %s.%s = %s.%s instead, which matches unrelated rows",
						target.Table, g.Column, owner.Table, pk.Column),
					Advice: fmt.Sprintf("add it, or write join_fk:%s if the tables share their key on purpose", g.Column)}
				continue
			}
			r.Unresolved = fatal("", col, target.Ref, fmt.Sprintf("%s has no column %s for it", target.Ref.Name, col), says(col))
			return
		}
	}
	r.Unresolved = pkToPK(fallback, fks, refs)
	r.Kind, r.FKSide = kind, model.SideTarget
	r.ForeignKey, r.References = dialects.FieldNames(fks), dialects.FieldNames(refs)
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	r.Constraint, r.Enforcement = false, model.EnforceNone
	r.NoConstraint = fmt.Sprintf("go-pg creates foreign keys only for a rel:has-one on the model holding the key, with the actions of the key column's own tag (%s.%s), and never reads them on a %s relation",
		target.Ref.Name, fks[0].Name, word)
	if poly {
		col := prefix + "type"
		pf := column(target, col)
		if pf == nil {
			r.Unresolved = fatal("polymorphic", col, target.Ref, fmt.Sprintf("%s has no type column %s", target.Ref.Name, col),
				fmt.Sprintf("pg: %s has-many %s: %s must have polymorphic column %s", typeName(owner.TypeName()), r.Name, typeName(target.TypeName()), col))
			return
		}
		r.Poly = &model.Polymorphic{TypeField: pf.Name, IDField: r.ForeignKey[0], Value: modelName(owner)}
	}
}

// pkToPK keeps the report of a fallback join only when the join links a
// primary key to a primary key (posts.id = users.id). A fallback onto a
// column named like the referenced key (account_id for a key column
// account_id), or onto the shared column of a composite tenant key, is the
// join the convention means.
func pkToPK(fallback *model.Unresolved, fks, refs []*model.Field) *model.Unresolved {
	if fallback == nil {
		return nil
	}
	for i, f := range fks {
		if !f.PrimaryKey || i >= len(refs) || !refs[i].PrimaryKey {
			return nil
		}
	}
	return fallback
}

func action(t Tag, key string) string {
	v, _ := t.Option(key)
	return strings.ToUpper(v)
}

// Link resolves many2many relations, which go through a join table that
// the program registers with orm.RegisterTable (a model of the package
// whose table has that name).
func Link(g *model.Graph) {
	byTable := dialects.LocalTables(g, Name)
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != "" || r.Unresolved != nil || !r.Many {
				continue
			}
			t := tagOf(r)
			name, ok := t.Option("many2many")
			if !ok {
				continue
			}
			if rel, ok := t.Option("rel"); ok && rel != "many2many" {
				continue // go-pg follows rel:
			}
			target := g.Model(r.Target)
			if target == nil {
				continue
			}
			if len(m.PrimaryKey) == 0 {
				r.Unresolved = noPK(m)
				continue
			}
			if len(target.PrimaryKey) == 0 {
				r.Unresolved = noPK(target)
				continue
			}
			junction := byTable[name]
			if junction == nil {
				continue // registered elsewhere: not ours to judge
			}
			m2m(m, target, junction, r, t, name)
		}
	}
}

func m2m(owner, target, junction *model.Model, r *model.Relation, t Tag, table string) {
	side := func(opt string, of *model.Model, typ string) ([]string, *model.Unresolved) {
		says := func(col string) string {
			return fmt.Sprintf("pg: %s many2many %s: %s must have column %s (use %s:custom_column tag on %s field to specify custom column)",
				typ, r.Name, typeName(junction.TypeName()), col, opt, r.Name)
		}
		prefix, ok := t.Option(opt)
		if !ok {
			prefix = modelName(of) + "_"
		}
		if ok && len(of.PrimaryKey) == 1 {
			if column(junction, prefix) == nil {
				return nil, fatal(opt, prefix, junction.Ref, fmt.Sprintf("the join table %s (%s) has no column %q", table, junction.Ref.Name, prefix), says(prefix))
			}
			return []string{prefix}, nil
		}
		var cols []string
		for _, n := range of.PrimaryKey {
			pk := of.Field(n)
			switch col := prefix + pk.Column; {
			case column(junction, col) != nil:
				cols = append(cols, col)
			case column(junction, pk.Column) != nil:
				cols = append(cols, pk.Column)
			default:
				return nil, fatal("", col, junction.Ref, fmt.Sprintf("the join table %s (%s) has no column %s", table, junction.Ref.Name, col), says(col))
			}
		}
		return cols, nil
	}
	// go-pg names the owner in the join_fk panic only for a single key.
	base, u := side("fk", owner, typeName(owner.TypeName()))
	if u != nil {
		r.Unresolved = u
		return
	}
	joinTyp := typeName(owner.TypeName())
	if _, ok := t.Option("join_fk"); ok && len(target.PrimaryKey) == 1 {
		joinTyp = typeName(target.TypeName())
	}
	join, u := side("join_fk", target, joinTyp)
	if u != nil {
		r.Unresolved = u
		return
	}
	r.Kind, r.FKSide = model.ManyToMany, model.SideJoin
	r.ForeignKey, r.References = owner.PrimaryKey, target.PrimaryKey
	r.ExplicitFK = t.Has("fk")
	r.ExplicitRefs = t.Has("join_fk")
	r.Join = &model.JoinTable{Table: table, Option: "many2many", Name: table, OwnerColumns: base, TargetColumns: join}
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	r.Constraint, r.Enforcement = false, model.EnforceNone
	r.NoConstraint = "go-pg creates foreign keys only for a rel:has-one, here those of the join table's model"
}
