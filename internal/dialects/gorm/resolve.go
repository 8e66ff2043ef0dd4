package gorm

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects/internal/inflect"
	"github.com/relcheck/relcheck/internal/model"
)

// Lookup returns the model for a reference, or nil when it is not known.
type Lookup func(model.Ref) *model.Model

// Resolve decides each relation's kind and keys exactly as
// schema.parseRelation does, given the models the relations point at.
// Relations whose target is unknown are left as declared.
func Resolve(m *model.Model, lookup Lookup) {
	for _, r := range m.Relations {
		if r.Unresolved != nil || r.Kind != "" {
			continue
		}
		target := lookup(r.Target)
		if target == nil {
			continue
		}
		resolveOne(m, target, r)
		if u := r.Unresolved; u != nil && u.Option != "" && u.Name != "" {
			u.Suggest = suggest(m, target, r, u)
		}
	}
}

// suggest finds the one field name within one edit of the name that did
// not resolve and that, substituted into the tag, makes GORM resolve the
// relation. Anything less certain is not offered as a fix.
func suggest(owner, target *model.Model, r *model.Relation, u *model.Unresolved) string {
	o, ok := r.Tag.Option(u.Option)
	if !ok {
		return ""
	}
	var found []string
	seen := map[string]bool{}
	for _, m := range []*model.Model{owner, target} {
		for _, f := range m.Fields {
			if seen[f.Name] || f.Ignored || !oneEdit(strings.ToLower(f.Name), strings.ToLower(u.Name)) {
				continue
			}
			seen[f.Name] = true
			trial := *r
			trial.Kind, trial.Unresolved = "", nil
			tag := *r.Tag
			tag.Options = append([]model.Option(nil), r.Tag.Options...)
			for i := range tag.Options {
				if tag.Options[i].Start == o.Start {
					tag.Options[i].Value = strings.Replace(o.Value, u.Name, f.Name, 1)
				}
			}
			trial.Tag = &tag
			resolveOne(owner, target, &trial)
			if trial.Unresolved == nil {
				found = append(found, f.Name)
			}
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// oneEdit reports whether a and b differ by exactly one insertion,
// deletion or substitution.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

type guessLevel int

const (
	guessGuess guessLevel = iota
	guessBelongs
	guessEmbeddedBelongs
	guessHas
	guessEmbeddedHas
)

func resolveOne(owner, target *model.Model, r *model.Relation) {
	set := map[string]string{}
	if r.Tag != nil {
		set = Settings(r.Tag.Options)
	}
	fks := toColumns(set["FOREIGNKEY"])
	refs := toColumns(set["REFERENCES"])
	r.ExplicitFK, r.ExplicitRefs = len(fks) > 0, len(refs) > 0
	r.Enforcement = model.EnforceDatabase
	r.Constraint = true
	if c, ok := set["CONSTRAINT"]; ok {
		if c == "-" {
			r.Constraint = false
			r.Enforcement = model.EnforceNone
			r.NoConstraint = "constraint:- turns its foreign key off"
		}
		cs := Settings(split(c, ',', 0))
		r.OnDelete = strings.TrimSpace(cs["ONDELETE"])
		r.OnUpdate = strings.TrimSpace(cs["ONUPDATE"])
	}

	_, poly := set["POLYMORPHIC"]
	_, pt := set["POLYMORPHICTYPE"]
	_, pi := set["POLYMORPHICID"]
	switch {
	case poly || (pt && pi):
		polymorphic(owner, target, r, set, fks)
	case set["MANY2MANY"] != "":
		many2many(owner, target, r, set, fks, refs)
	case set["BELONGSTO"] != "":
		guess(owner, target, r, fks, refs, guessBelongs, guessBelongs)
	case r.Many:
		guess(owner, target, r, fks, refs, guessHas, guessHas)
	default:
		guess(owner, target, r, fks, refs, guessGuess, guessGuess)
		// GORM tries has-one before belongs-to. When both would have
		// worked, the author may well have meant the one GORM skipped.
		// With foreignKey and references both named, the belongs-to may
		// be the one with the two exchanged: the keys were swapped.
		if r.Unresolved == nil && r.Kind == model.HasOne && owner.Ref != target.Ref {
			trial := *r
			trial.Kind, trial.Unresolved = "", nil
			guess(owner, target, &trial, fks, refs, guessBelongs, guessBelongs)
			swapped := false
			if (trial.Unresolved != nil || trial.Kind != model.BelongsTo) && len(fks) > 0 && len(refs) > 0 {
				trial = *r
				trial.Kind, trial.Unresolved = "", nil
				guess(owner, target, &trial, refs, fks, guessBelongs, guessBelongs)
				swapped = true
			}
			// A named key that is not the belongs-to's own default name
			// (User.Profile with foreignKey:UserID) says has-one was meant.
			named := len(fks) == 0 || swapped || belongsDefault(r, target, fks)
			if named && trial.Unresolved == nil && trial.Kind == model.BelongsTo {
				r.PassedOver = &model.Reading{Kind: trial.Kind, FKSide: trial.FKSide, ForeignKey: trial.ForeignKey, Swapped: swapped}
			}
		}
	}
}

// belongsDefault reports whether fks is the key a belongs-to through r
// would take by default: the field's name and the target's primary key
// (Item.User -> UserID).
func belongsDefault(r *model.Relation, target *model.Model, fks []string) bool {
	return len(fks) == 1 && len(target.PrimaryKey) == 1 && strings.EqualFold(fks[0], r.Name+target.PrimaryKey[0])
}

func polymorphic(owner, target *model.Model, r *model.Relation, set map[string]string, fks []string) {
	prefix := set["POLYMORPHIC"]
	p := &model.Polymorphic{TypeField: prefix + "Type", IDField: prefix + "ID", Value: owner.Table}
	if v, ok := set["POLYMORPHICTYPE"]; ok {
		p.TypeField = strings.TrimSpace(v)
	}
	if v, ok := set["POLYMORPHICID"]; ok {
		p.IDField = strings.TrimSpace(v)
	}
	if v, ok := set["POLYMORPHICVALUE"]; ok {
		p.Value = strings.TrimSpace(v)
	}
	r.Poly = p
	r.Kind = hasKind(r)
	r.FKSide = model.SideTarget
	// GORM creates no FOREIGN KEY for polymorphic relations: one column
	// points at several tables.
	r.Constraint = false
	r.Enforcement = model.EnforceNone
	r.NoConstraint = "it is polymorphic, and GORM creates no foreign key for a polymorphic relation (one column points at several tables)"
	opt := "polymorphic"
	if _, ok := set["POLYMORPHIC"]; !ok {
		opt = "polymorphicType"
	}
	if target.Field(p.TypeField) == nil {
		r.Unresolved = &model.Unresolved{Option: opt, Name: p.TypeField, In: target.Ref, Fatal: true,
			Reason:  fmt.Sprintf("%s has no field %s to hold the owner's type", target.Ref.Name, p.TypeField),
			ORMSays: fmt.Sprintf("invalid polymorphic type %s for %s on field %s, missing field %s", goType(target), goType(owner), r.Name, prefix+"Type")}
		return
	}
	if target.Field(p.IDField) == nil {
		if _, ok := set["POLYMORPHIC"]; !ok {
			opt = "polymorphicID"
		}
		r.Unresolved = &model.Unresolved{Option: opt, Name: p.IDField, In: target.Ref, Fatal: true,
			Reason:  fmt.Sprintf("%s has no field %s to hold the owner's key", target.Ref.Name, p.IDField),
			ORMSays: fmt.Sprintf("invalid polymorphic type %s for %s on field %s, missing field %s", goType(target), goType(owner), r.Name, prefix+"ID")}
		return
	}
	pk := prioritizedPK(owner)
	if len(fks) > 0 {
		pk = LookUp(owner, fks[0])
		if pk == nil || len(fks) > 1 {
			r.Unresolved = &model.Unresolved{Option: "foreignKey", Name: strings.Join(fks, ","), In: owner.Ref, Fatal: true,
				Reason:  "a polymorphic foreignKey must name one field",
				ORMSays: fmt.Sprintf("invalid polymorphic foreign keys %v for %s on field %s", fks, goType(owner), r.Name)}
			return
		}
	}
	if pk == nil {
		r.Unresolved = &model.Unresolved{In: owner.Ref, Fatal: true,
			Reason:  fmt.Sprintf("%s has no primary key for the polymorphic id to hold", owner.Ref.Name),
			ORMSays: fmt.Sprintf("invalid polymorphic type %s for %s on field %s, missing primaryKey field", goType(target), goType(owner), r.Name)}
		return
	}
	r.ForeignKey = []string{target.Field(p.IDField).Name}
	r.References = []string{pk.Name}
}

func many2many(owner, target *model.Model, r *model.Relation, set map[string]string, fks, refs []string) {
	r.Kind = model.ManyToMany
	r.FKSide = model.SideJoin
	own := owner.PrimaryKey
	if len(fks) > 0 {
		own = nil
		for _, k := range fks {
			f := LookUp(owner, k)
			if f == nil {
				r.Unresolved = missingKey("foreignKey", k, owner.Ref)
				return
			}
			own = append(own, f.Name)
		}
	}
	ref := target.PrimaryKey
	if len(refs) > 0 {
		ref = nil
		for _, k := range refs {
			f := LookUp(target, k)
			if f == nil {
				r.Unresolved = missingKey("references", k, target.Ref)
				return
			}
			ref = append(ref, f.Name)
		}
	}
	r.ForeignKey, r.References = own, ref
	joinFKs := toColumns(set["JOINFOREIGNKEY"])
	joinRefs := toColumns(set["JOINREFERENCES"])
	jt := &model.JoinTable{Table: joinTableName(set["MANY2MANY"]), Option: "many2many", Name: set["MANY2MANY"]}
	names := map[string]bool{}
	for i, k := range own {
		n := title(owner.TypeName()) + k
		if i < len(joinFKs) {
			n = title(joinFKs[i])
		}
		names[n] = true
		jt.OwnerColumns = append(jt.OwnerColumns, columnName(n))
	}
	for i, k := range ref {
		n := title(target.TypeName()) + k
		if names[n] {
			if r.Name != target.TypeName() {
				n = inflect.Singular(r.Name) + k
			} else {
				n += "Reference"
			}
		}
		if i < len(joinRefs) {
			n = title(joinRefs[i])
		}
		jt.TargetColumns = append(jt.TargetColumns, columnName(n))
	}
	r.Join = jt
}

func missingKey(option, name string, in model.Ref) *model.Unresolved {
	return &model.Unresolved{Option: option, Name: name, In: in, Fatal: true,
		Reason:  fmt.Sprintf("%s has no field or column %q", in.Name, name),
		ORMSays: "invalid foreign key: " + name}
}

// guess is schema.guessRelation, level by level. cgl is the level the
// caller asked for; it decides where to go when this level fails.
func guess(owner, target *model.Model, r *model.Relation, fks, refs []string, cgl, gl guessLevel) {
	if gl == guessGuess {
		if owner.Ref == target.Ref {
			gl = guessBelongs
		} else {
			gl = guessHas
		}
	}
	retry := func() {
		switch cgl {
		case guessGuess:
			guess(owner, target, r, fks, refs, guessBelongs, guessBelongs)
		case guessBelongs:
			guess(owner, target, r, fks, refs, guessEmbeddedBelongs, guessEmbeddedBelongs)
		case guessEmbeddedBelongs:
			guess(owner, target, r, fks, refs, guessHas, guessHas)
		case guessHas:
			guess(owner, target, r, fks, refs, guessEmbeddedHas, guessEmbeddedHas)
		default:
			r.Unresolved = unguessable(owner, target, r, fks, refs)
		}
	}

	// primary holds the referenced keys, foreign holds the FK. For the
	// embedded levels GORM looks inside the embedded struct (OwnerSchema).
	var primary, foreign *model.Model
	embedded := r.Embed != ""
	switch gl {
	case guessBelongs:
		primary, foreign = target, owner
	case guessEmbeddedBelongs:
		if !embedded {
			retry()
			return
		}
		primary, foreign = target, embeddedPart(owner, r.Embed)
	case guessHas:
		primary, foreign = owner, target
	case guessEmbeddedHas:
		if !embedded {
			retry()
			return
		}
		primary, foreign = embeddedPart(owner, r.Embed), target
	}

	var primaryFields, foreignFields []*model.Field
	if len(fks) > 0 {
		for _, k := range fks {
			f := LookUp(foreign, k)
			if f == nil {
				retry()
				return
			}
			foreignFields = append(foreignFields, f)
		}
	} else {
		primaryName := primary.TypeName()
		if len(refs) > 0 {
			for _, k := range refs {
				if f := LookUp(primary, k); f != nil {
					primaryFields = append(primaryFields, f)
				}
			}
		} else {
			primaryFields = fieldsOf(primary, primary.PrimaryKey)
		}
		found := primaryFields[:len(primaryFields):len(primaryFields)]
	next:
		for _, pf := range primaryFields {
			lookUpName := primaryName + pf.Name
			if gl == guessBelongs {
				lookUpName = r.Name + pf.Name
			}
			names := []string{lookUpName}
			if len(primaryFields) == 1 {
				stem := strings.TrimSuffix(lookUpName, pf.Name)
				names = append(names, stem+"ID", stem+"Id", columnName(stem+"ID"))
			}
			for _, n := range names {
				if f := lookUpByBind(foreign, r, n); f != nil {
					foreignFields = append(foreignFields, f)
					found = append(found, pf)
					continue next
				}
			}
			for _, n := range names {
				if f := LookUp(foreign, n); f != nil {
					foreignFields = append(foreignFields, f)
					found = append(found, pf)
					continue next
				}
			}
		}
		primaryFields = found
	}

	switch {
	case len(foreignFields) == 0:
		retry()
		return
	case len(refs) > 0:
		for i, k := range refs {
			f := LookUp(primary, k)
			if f == nil {
				retry()
				return
			}
			if len(primaryFields) < i+1 {
				primaryFields = append(primaryFields, f)
			} else if f != primaryFields[i] {
				retry()
				return
			}
		}
	case len(primaryFields) == 0:
		if pk := prioritizedPK(primary); len(foreignFields) == 1 && pk != nil {
			primaryFields = []*model.Field{pk}
		} else if len(primary.PrimaryKey) == len(foreignFields) {
			primaryFields = fieldsOf(primary, primary.PrimaryKey)
		} else {
			retry()
			return
		}
	}
	if len(primaryFields) < len(foreignFields) {
		retry()
		return
	}

	r.ForeignKey, r.References = nil, nil
	for i, f := range foreignFields {
		r.ForeignKey = append(r.ForeignKey, f.Name)
		r.References = append(r.References, primaryFields[i].Name)
	}
	if gl == guessHas || gl == guessEmbeddedHas {
		r.Kind = hasKind(r)
		r.FKSide = model.SideTarget
	} else {
		r.Kind = model.BelongsTo
		r.FKSide = model.SideOwner
	}
}

// unguessable explains a relation GORM cannot resolve, naming the option
// at fault when the tag named one.
func unguessable(owner, target *model.Model, r *model.Relation, fks, refs []string) *model.Unresolved {
	u := &model.Unresolved{Fatal: true,
		ORMSays: fmt.Sprintf("invalid field found for struct %s's field %s: define a valid foreign key for relations or implement the Valuer/Scanner interface", goType(owner), r.Name)}
	missingIn := func(names []string) string {
		for _, k := range names {
			if LookUp(owner, k) == nil && LookUp(target, k) == nil {
				return k
			}
		}
		return ""
	}
	switch {
	case missingIn(fks) != "":
		u.Option, u.Name = "foreignKey", missingIn(fks)
		u.Reason = fmt.Sprintf("foreignKey %q names no field of %s or %s", u.Name, owner.Ref.Name, target.Ref.Name)
	case missingIn(refs) != "":
		u.Option, u.Name = "references", missingIn(refs)
		u.Reason = fmt.Sprintf("references %q names no usable key of %s or %s", u.Name, owner.Ref.Name, target.Ref.Name)
	case len(fks) > 0 || len(refs) > 0:
		u.Option = "foreignKey"
		if len(fks) == 0 {
			u.Option = "references"
		}
		u.Reason = fmt.Sprintf("foreignKey %q and references %q do not pair a field with a key",
			strings.Join(fks, ","), strings.Join(refs, ","))
	default:
		if r.Many {
			u.In = target.Ref
			u.Reason = fmt.Sprintf("no foreign key in %s", target.Ref.Name)
			u.Why = fmt.Sprintf("GORM looks for %s.%s", target.Ref.Name, hint(owner, owner.TypeName()))
		} else {
			u.Reason = fmt.Sprintf("neither %s nor %s has a foreign key for it", owner.Ref.Name, target.Ref.Name)
			u.Why = fmt.Sprintf("GORM looks for %s.%s or %s.%s",
				owner.Ref.Name, hint(target, r.Name), target.Ref.Name, hint(owner, owner.TypeName()))
		}
	}
	return u
}

// goType is how GORM prints a model's type in its errors (reflect's
// package path and name; a function-local type has no function in it).
func goType(m *model.Model) string { return m.Ref.Pkg + "." + m.TypeName() }

func hint(primary *model.Model, stem string) string {
	if len(primary.PrimaryKey) == 1 {
		return stem + primary.PrimaryKey[0]
	}
	return stem + "ID"
}

func hasKind(r *model.Relation) model.Kind {
	if r.Many {
		return model.HasMany
	}
	return model.HasOne
}

// prioritizedPK is schema.PrioritizedPrimaryField: the "id" field when it
// is a primary key, else the only primary key.
func prioritizedPK(m *model.Model) *model.Field {
	if f := LookUp(m, "id"); f != nil && f.PrimaryKey {
		return f
	}
	if f := LookUp(m, "ID"); f != nil && f.PrimaryKey {
		return f
	}
	if len(m.PrimaryKey) == 1 {
		return m.Field(m.PrimaryKey[0])
	}
	return nil
}

func fieldsOf(m *model.Model, names []string) []*model.Field {
	var fs []*model.Field
	for _, n := range names {
		if f := m.Field(n); f != nil {
			fs = append(fs, f)
		}
	}
	return fs
}

// lookUpByBind is schema.LookUpFieldByBindName: for a relation declared
// inside an embedded struct, prefer the FK declared next to it.
func lookUpByBind(m *model.Model, r *model.Relation, name string) *model.Field {
	if r.Embed == "" {
		return nil
	}
	parts := strings.Split(r.Embed, ".")
	for i := len(parts); i >= 1; i-- {
		want := strings.Join(parts[:i], ".") + "." + name
		for _, f := range m.Fields {
			if f.Path == want {
				return f
			}
		}
	}
	return nil
}

// embeddedPart is the embedded struct's own schema (GORM's OwnerSchema):
// the fields under path, named as inside the embedded struct. GORM gives
// every field of an embedded struct, however deep, the schema of the
// struct embedded at the first level, and that schema flattens its own
// embedded structs: a gorm.Model inside the embedded struct supplies its
// primary key.
func embeddedPart(m *model.Model, path string) *model.Model {
	top, _, _ := strings.Cut(path, ".")
	part := &model.Model{Ref: model.Ref{Pkg: m.Ref.Pkg, Name: top}, Dialect: m.Dialect}
	for _, f := range m.Fields {
		if strings.HasPrefix(f.Path, top+".") {
			part.Fields = append(part.Fields, f)
			if f.PrimaryKey && taggedPK(f) {
				part.PrimaryKey = append(part.PrimaryKey, f.Name)
			}
		}
	}
	if len(part.PrimaryKey) == 0 {
		// The embedded schema's own default: its id field.
		for _, name := range []string{"id", "ID"} {
			if f := LookUp(part, name); f != nil && !f.Ignored {
				part.PrimaryKey = []string{f.Name}
				break
			}
		}
	}
	return part
}

// taggedPK: the field's own tag makes it a primary key, as opposed to
// the id default, which the embedded schema decides for itself.
func taggedPK(f *model.Field) bool {
	if f.Tag == nil {
		return false
	}
	set := Settings(f.Tag.Options)
	return checkTruth(set["PRIMARYKEY"], set["PRIMARY_KEY"])
}

// title is cases.Title(language.Und, cases.NoLower) for identifiers.
func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
