package bun

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// column finds a field by column name, as Bun's FieldMap does.
func column(m *model.Model, name string) *model.Field { return m.Column(name) }

func tagOf(r *model.Relation) Tag { return Fold(tagOpts(r.Tag)) }

// Resolve decides each rel: relation's keys as schema.Table does in
// belongsToRelation, hasOneRelation and hasManyRelation. Many-to-many
// relations need their junction model and are resolved by Link.
func Resolve(m *model.Model, lookup func(model.Ref) *model.Model) {
	for _, r := range m.Relations {
		if r.Kind != "" || r.Unresolved != nil {
			continue
		}
		t := tagOf(r)
		rel, ok := t.Option("rel")
		if !ok {
			continue // m2m: Link
		}
		target := lookup(r.Target)
		if target == nil {
			continue
		}
		switch rel {
		case "belongs-to":
			belongsTo(m, target, r, t)
		case "has-one":
			if !r.Many {
				has(m, target, r, t, model.HasOne)
			}
		case "has-many":
			if r.Many {
				has(m, target, r, t, model.HasMany)
			}
		}
	}
}

// pairs is parseRelationJoin: "a=b,c=d" or repeated join: options.
func pairs(join []string) (base, other []string, err error) {
	ss := join
	if len(join) == 1 {
		ss = strings.Split(join[0], ",")
	}
	for _, s := range ss {
		p := strings.Split(strings.TrimSpace(s), "=")
		if len(p) != 2 {
			return nil, nil, fmt.Errorf("can't parse relation join: %q", join)
		}
		base, other = append(base, p[0]), append(other, p[1])
	}
	return base, other, nil
}

func fatal(option, name string, in model.Ref, reason, says string) *model.Unresolved {
	return &model.Unresolved{Option: option, Name: name, In: in, Reason: reason, ORMSays: says, Fatal: true}
}

func noPK(m *model.Model) *model.Unresolved {
	u := fatal("", "", m.Ref, m.Ref.Name+" has no primary key", "bun: model="+m.TypeName()+" does not have primary keys")
	u.Advice = "mark its key with bun:\",pk\""
	return u
}

// says is Bun's panic text for a has-one/has-many key problem; Bun names
// the field before the model for has-one.
func says(owner *model.Model, kind model.Kind, field, in, col string) string {
	if kind == model.HasOne {
		return fmt.Sprintf("bun: %s has-one %s: %s must have column %s", field, owner.TypeName(), in, col)
	}
	return fmt.Sprintf("bun: %s has-many %s: %s must have column %s", owner.TypeName(), field, in, col)
}

func belongsTo(owner, target *model.Model, r *model.Relation, t Tag) {
	if len(target.PrimaryKey) == 0 {
		r.Unresolved = noPK(target)
		return
	}
	var fks, refs []*model.Field
	var fallback *model.Unresolved
	if join, ok := t.Options["join"]; ok {
		r.ExplicitFK, r.ExplicitRefs = true, true
		base, other, err := pairs(join)
		if err != nil {
			r.Unresolved = fatal("join", "", owner.Ref, "its join: is not base_column=join_column", err.Error())
			return
		}
		for i := range base {
			f := column(owner, base[i])
			if f == nil {
				r.Unresolved = fatal("join", base[i], owner.Ref, fmt.Sprintf("%s has no column %q", owner.Ref.Name, base[i]),
					fmt.Sprintf("bun: %s belongs-to %s: %s must have column %s", owner.TypeName(), r.Name, owner.TypeName(), base[i]))
				return
			}
			g := column(target, other[i])
			if g == nil {
				r.Unresolved = fatal("join", other[i], target.Ref, fmt.Sprintf("%s has no column %q", target.Ref.Name, other[i]),
					fmt.Sprintf("bun: %s belongs-to %s: %s must have column %s", owner.TypeName(), r.Name, target.TypeName(), other[i]))
				return
			}
			fks, refs = append(fks, f), append(refs, g)
		}
	} else {
		prefix := dialects.Underscore(r.Name) + "_"
		for _, pkName := range target.PrimaryKey {
			pk := target.Field(pkName)
			if f := column(owner, prefix+pk.Column); f != nil {
				fks, refs = append(fks, f), append(refs, pk)
				continue
			}
			if f := column(owner, pk.Column); f != nil {
				// Bun's silent fallback: the owner's own column of the
				// same name, usually its primary key.
				fks, refs = append(fks, f), append(refs, pk)
				fallback = &model.Unresolved{In: owner.Ref, Name: prefix + pk.Column,
					Reason: fmt.Sprintf("%s has no column %s", owner.Ref.Name, prefix+pk.Column),
					Why: fmt.Sprintf("Bun silently joins on %s.%s = %s.%s instead, which matches unrelated rows, and creates no foreign key",
						owner.Table, f.Column, target.Table, pk.Column),
					Advice: fmt.Sprintf("add it, or write join:%s=%s if that join is meant", f.Column, pk.Column)}
				continue
			}
			r.Unresolved = fatal("", prefix+pk.Column, owner.Ref, fmt.Sprintf("%s has no column %s for it", owner.Ref.Name, prefix+pk.Column),
				fmt.Sprintf("bun: %s belongs-to %s: %s must have column %s", owner.TypeName(), r.Name, owner.TypeName(), prefix+pk.Column))
			return
		}
	}
	r.Unresolved = pkToPK(fallback, fks, refs)
	r.Kind, r.FKSide = model.BelongsTo, model.SideOwner
	r.ForeignKey, r.References = dialects.FieldNames(fks), dialects.FieldNames(refs)
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	// Relation.References(): a constraint only when no base column is a
	// primary key (the junction of a many-to-many is handled in Link).
	r.Constraint = true
	for _, f := range fks {
		if f.PrimaryKey {
			r.Constraint = false
			r.NoConstraint = "its key is " + owner.Ref.Name + "'s primary key, and Bun creates no foreign key then"
		}
	}
	r.Enforcement = model.EnforceDatabase
	if !r.Constraint {
		r.Enforcement = model.EnforceNone
	}
}

func has(owner, target *model.Model, r *model.Relation, t Tag, kind model.Kind) {
	if len(owner.PrimaryKey) == 0 {
		r.Unresolved = noPK(owner)
		return
	}
	poly, isPoly := t.Option("polymorphic")
	polyColumn := ""
	var fks, refs []*model.Field
	var fallback *model.Unresolved
	if join, ok := t.Options["join"]; ok {
		r.ExplicitFK, r.ExplicitRefs = true, true
		base, other, err := pairs(join)
		if err != nil {
			r.Unresolved = fatal("join", "", owner.Ref, "its join: is not base_column=join_column", err.Error())
			return
		}
		for i := range base {
			if isPoly && kind == model.HasMany && base[i] == "type" {
				polyColumn = other[i]
				continue
			}
			f := column(owner, base[i])
			if f == nil {
				r.Unresolved = fatal("join", base[i], owner.Ref, fmt.Sprintf("%s has no column %q", owner.Ref.Name, base[i]),
					says(owner, kind, r.Name, owner.Ref.Name, base[i]))
				return
			}
			g := column(target, other[i])
			if g == nil {
				r.Unresolved = fatal("join", other[i], target.Ref, fmt.Sprintf("%s has no column %q", target.Ref.Name, other[i]),
					says(owner, kind, r.Name, target.Ref.Name, other[i]))
				return
			}
			refs, fks = append(refs, f), append(fks, g)
		}
	} else {
		prefix := dialects.Underscore(owner.TypeName()) + "_"
		if isPoly && kind == model.HasMany {
			polyColumn = prefix + "type"
		}
		for _, pkName := range owner.PrimaryKey {
			pk := owner.Field(pkName)
			if g := column(target, prefix+pk.Column); g != nil {
				refs, fks = append(refs, pk), append(fks, g)
				continue
			}
			if g := column(target, pk.Column); g != nil {
				refs, fks = append(refs, pk), append(fks, g)
				fallback = &model.Unresolved{In: target.Ref, Name: prefix + pk.Column,
					Reason: fmt.Sprintf("%s has no column %s", target.Ref.Name, prefix+pk.Column),
					Why: fmt.Sprintf("Bun silently joins on %s.%s = %s.%s instead, which matches unrelated rows",
						target.Table, g.Column, owner.Table, pk.Column),
					Advice: fmt.Sprintf("add it, or write join:%s=%s if the tables share their key on purpose", pk.Column, g.Column)}
				continue
			}
			r.Unresolved = fatal("", prefix+pk.Column, target.Ref, fmt.Sprintf("%s has no column %s for it", target.Ref.Name, prefix+pk.Column),
				says(owner, kind, r.Name, target.TypeName(), prefix+pk.Column))
			if kind == model.HasOne {
				keyOnOwner(owner, target, r)
			}
			return
		}
	}
	r.Unresolved = pkToPK(fallback, fks, refs)
	if kind == model.HasOne && r.Unresolved != nil {
		keyOnOwner(owner, target, r)
	}
	if kind == model.HasOne && r.ExplicitFK && !anyPK(refs) {
		hasOneOwnKey(owner, target, r, t, refs, fks)
		return
	}
	r.Kind, r.FKSide = kind, model.SideTarget
	r.ForeignKey, r.References = dialects.FieldNames(fks), dialects.FieldNames(refs)
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	// Bun reads on_delete/on_update only on belongs-to, and builds a
	// foreign key from a has-one only on the owner's non-key columns
	// (hasOneOwnKey): this side has no constraint of its own.
	r.Constraint = false
	r.Enforcement = model.EnforceNone
	r.NoConstraint = "Bun reads on_delete and on_update only on a belongs-to relation"
	if isPoly && kind == model.HasMany {
		pf := column(target, polyColumn)
		if pf == nil {
			r.Unresolved = fatal("polymorphic", polyColumn, target.Ref, fmt.Sprintf("%s has no type column %s", target.Ref.Name, polyColumn),
				fmt.Sprintf("bun: %s has-many %s: %s must have polymorphic column %s", owner.TypeName(), r.Name, target.TypeName(), polyColumn))
			return
		}
		if poly == "" {
			poly = dialects.Underscore(owner.TypeName())
		}
		r.Poly = &model.Polymorphic{TypeField: pf.Name, IDField: r.ForeignKey[0], Value: poly}
	}
}

// keyOnOwner: a has-one Bun cannot resolve while the owner holds the key
// a belongs-to would use (users.profile_id for Profile): the key sits on
// the declaring model, which Bun calls belongs-to.
func keyOnOwner(owner, target *model.Model, r *model.Relation) {
	if len(target.PrimaryKey) == 0 {
		return
	}
	var pairs []string
	for _, n := range target.PrimaryKey {
		pk := target.Field(n)
		f := column(owner, dialects.Underscore(r.Name)+"_"+pk.Column)
		if f == nil {
			return
		}
		pairs = append(pairs, f.Column+"="+pk.Column)
	}
	r.Unresolved.Advice = "write rel:belongs-to,join:" + strings.Join(pairs, ",")
	r.Unresolved.Why += fmt.Sprintf("; its key %s sits on %s, and Bun calls that belongs-to", strings.Join(pairs, ","), owner.Ref.Name)
}

// hasOneOwnKey is a has-one whose join: starts from the owner's own
// non-key columns (rel:has-one,join:plan_id=id): the key sits on the
// owner. Bun joins on it and, by Relation.References, creates the
// FOREIGN KEY on those columns, as for a belongs-to; only on_delete and
// on_update are never read on a has-one.
func hasOneOwnKey(owner, target *model.Model, r *model.Relation, t Tag, own, other []*model.Field) {
	r.Kind, r.FKSide = model.BelongsTo, model.SideOwner
	r.ForeignKey, r.References = dialects.FieldNames(own), dialects.FieldNames(other)
	r.Constraint, r.Enforcement = true, model.EnforceDatabase
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	if r.OnDelete != "" || r.OnUpdate != "" {
		// The key exists, without the action: say where it is read.
		var pairs []string
		for i := range own {
			pairs = append(pairs, own[i].Column+"="+other[i].Column)
		}
		r.Constraint, r.Enforcement = false, model.EnforceNone
		r.NoConstraint = fmt.Sprintf("Bun reads on_delete and on_update only on rel:belongs-to, and this rel:has-one keeps its key on %s, "+
			"which is a belongs-to in Bun's words (write rel:belongs-to,join:%s)", owner.Ref.Name, strings.Join(pairs, ","))
	}
}

func anyPK(fs []*model.Field) bool {
	for _, f := range fs {
		if f.PrimaryKey {
			return true
		}
	}
	return false
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

// Link resolves many-to-many relations, which go through a junction model
// registered under the m2m: table name, and lets the junction's belongs-to
// relations create their foreign keys (Bun does for an m2m junction whose
// join columns are its primary key).
func Link(g *model.Graph) {
	byTable := dialects.LocalTables(g, Name)
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != "" || r.Unresolved != nil {
				continue
			}
			t := tagOf(r)
			name, ok := t.Option("m2m")
			if !ok {
				continue
			}
			junction := byTable[name]
			target := g.Model(r.Target)
			if junction == nil || target == nil {
				continue // registered elsewhere: not ours to judge
			}
			m2m(m, target, junction, r, t, name, g.Model)
		}
	}
}

func m2m(owner, target, junction *model.Model, r *model.Relation, t Tag, table string, lookup func(model.Ref) *model.Model) {
	if !r.Many {
		return // tag-syntax
	}
	left, right := owner.TypeName(), target.TypeName()
	if join, ok := t.Options["join"]; ok {
		l, rr, err := pairs(join)
		if err != nil {
			r.Unresolved = fatal("join", "", owner.Ref, "its join: is not Left=Right", err.Error())
			return
		}
		left, right = l[0], rr[0]
	}
	lr, rr := junction.Relation(left), junction.Relation(right)
	for _, side := range []struct {
		name string
		rel  *model.Relation
		to   model.Ref
		left bool
	}{{left, lr, owner.Ref, true}, {right, rr, target.Ref, false}} {
		if side.rel == nil {
			r.Unresolved = fatal("join", side.name, junction.Ref, fmt.Sprintf("the junction %s has no field %s", junction.Ref.Name, side.name),
				fmt.Sprintf("bun: %s many-to-many %s: %s must have field %s", owner.TypeName(), r.Name, junction.TypeName(), side.name))
			return
		}
		// Bun's m2mRelation reads the left field with the owner as the
		// table that holds the referenced columns
		// (belongsToRelationWithJoinTable), so the left field may point at
		// another type, such as one the owner embeds, as long as the owner
		// has those columns; checked below.
		if side.rel.Kind != model.BelongsTo || (side.rel.Target != side.to && !side.left) {
			r.Unresolved = fatal("join", side.name, junction.Ref,
				fmt.Sprintf("the junction's %s.%s must be a belongs-to relation to %s", junction.Ref.Name, side.name, side.to.Name), "")
			return
		}
	}
	refs := lr.References
	if lr.Target != owner.Ref {
		lt := lookup(lr.Target)
		if lt == nil {
			return // not ours to judge
		}
		refs = nil
		for _, n := range lr.References {
			f := lt.Field(n)
			if f == nil {
				return
			}
			of := column(owner, f.Column)
			if of == nil {
				r.Unresolved = fatal("join", left, owner.Ref,
					fmt.Sprintf("%s has no column %s, which the junction's %s.%s references in %s", owner.Ref.Name, f.Column, junction.Ref.Name, left, lt.Ref.Name),
					fmt.Sprintf("bun: %s belongs-to %s: %s must have column %s", junction.TypeName(), left, owner.TypeName(), f.Column))
				return
			}
			refs = append(refs, of.Name)
		}
	}
	r.Kind, r.FKSide = model.ManyToMany, model.SideJoin
	r.ForeignKey, r.References = refs, rr.References
	r.Join = &model.JoinTable{Table: table, Option: "m2m", Name: table,
		OwnerColumns: columns(junction, lr.ForeignKey), TargetColumns: columns(junction, rr.ForeignKey)}
	r.OnDelete, r.OnUpdate = action(t, "on_delete"), action(t, "on_update")
	r.Constraint, r.Enforcement = false, model.EnforceNone
	r.NoConstraint = "Bun reads on_delete and on_update only on a belongs-to relation (here: the junction's)"
	for _, jr := range []*model.Relation{lr, rr} {
		allPK := true
		for _, n := range jr.ForeignKey {
			if f := junction.Field(n); f == nil || !f.PrimaryKey {
				allPK = false
			}
		}
		if allPK {
			jr.Constraint, jr.Enforcement = true, model.EnforceDatabase
		}
	}
}

func columns(m *model.Model, fields []string) []string {
	out := make([]string, len(fields))
	for i, n := range fields {
		if f := m.Field(n); f != nil {
			out[i] = f.Column
		}
	}
	return out
}
