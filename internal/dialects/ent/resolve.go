package ent

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/go-openapi/inflect"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

// Resolve brings each edge's target into the graph; ent decides kinds and
// keys from both ends of an edge at once, so the rest waits for Link.
func Resolve(m *model.Model, lookup func(model.Ref) *model.Model) {
	for _, r := range m.Relations {
		lookup(r.Target)
	}
}

// edge is one relation with the settings its builder chain recorded.
type edge struct {
	r      *model.Relation
	owner  *model.Model
	target *model.Model
}

func (e edge) unique() bool   { return has(e.r, optUnique) }
func (e edge) required() bool { return has(e.r, optRequired) }
func (e edge) inverse() bool  { return has(e.r, optInverse) }

// Link resolves every edge of the package's ent schemas as entc's
// Graph.resolve does, then lays out foreign keys as Graph.Tables does:
// which table holds the column, its name, whether it is nullable, and
// which edge's OnDelete it carries.
func Link(g *model.Graph) {
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != "" || r.Unresolved != nil {
				continue
			}
			e := edge{r: r, owner: m, target: g.Model(r.Target)}
			if e.target == nil {
				if !m.Partial {
					r.Unresolved = &model.Unresolved{Name: r.Target.Name, Fatal: true,
						Reason:  fmt.Sprintf("edge %s points at %s, which is not a schema of this package", r.Name, r.Target.Name),
						ORMSays: fmt.Sprintf("type %q does not exist for edge", r.Target.Name)}
				}
				continue
			}
			if e.inverse() {
				resolveInverse(g, e)
			} else if !pairedAssoc(e) {
				resolveAssoc(g, e)
			}
		}
	}
	throughs(g)
	for _, m := range g.Local {
		if m.Dialect == Name {
			schemaActionFixes(g, m)
		}
	}
	dropShared(g)
	mergeMoves(g)
	flips(g)
}

// pairedAssoc reports whether some inverse edge Refs this edge: the
// inverse's resolution then lays out both.
func pairedAssoc(e edge) bool {
	for _, s := range e.target.Relations {
		if ref, _ := get(s, optRef); has(s, optInverse) && ref == e.r.Name && s.Target == e.owner.Ref {
			return true
		}
	}
	return false
}

// resolveInverse lays out an edge.From and the edge.To it references.
func resolveInverse(g *model.Graph, inv edge) {
	refName, _ := get(inv.r, optRef)
	if refName == "" {
		inv.r.Unresolved = &model.Unresolved{Option: optRef, Fatal: true,
			Reason:  fmt.Sprintf("the inverse edge %s has no Ref naming the edge.To of %s it mirrors", inv.r.Name, inv.target.Ref.Name),
			ORMSays: fmt.Sprintf("back-reference edge %s.%s is missing the Ref attribute", inv.owner.Ref.Name, inv.r.Name),
			Advice:  fmt.Sprintf("add .Ref(\"<edge>\") naming the edge.To(..., %s.Type) of %s", inv.owner.Ref.Name, inv.target.Ref.Name)}
		return
	}
	assoc := findAssoc(inv.target, refName)
	if assoc == nil {
		if inv.target.Partial {
			return // the edge may come from code relcheck cannot read
		}
		u := &model.Unresolved{Option: optRef, Name: refName, In: inv.target.Ref, Fatal: true,
			Reason:  fmt.Sprintf("Ref(%q) names no edge.To of %s", refName, inv.target.Ref.Name),
			ORMSays: fmt.Sprintf("edge %q is missing for inverse edge: %s.%s(%s)", refName, inv.owner.Ref.Name, inv.r.Name, inv.target.Ref.Name)}
		var names []string
		for _, s := range inv.target.Relations {
			if !has(s, optInverse) && s.Target == inv.owner.Ref {
				names = append(names, s.Name)
			}
		}
		u.Suggest = spell.Nearest(refName, names)
		if u.Suggest == "" && len(names) == 1 {
			u.Advice = fmt.Sprintf("write Ref(%q), the only edge.To(..., %s.Type) of %s", names[0], inv.owner.Ref.Name, inv.target.Ref.Name)
		}
		inv.r.Unresolved = u
		return
	}
	a := edge{r: assoc, owner: inv.target, target: g.Model(assoc.Target)}
	if assoc.Target != inv.owner.Ref {
		inv.r.Unresolved = &model.Unresolved{Option: optRef, Name: refName, In: inv.target.Ref, Fatal: true,
			Reason:  fmt.Sprintf("%s.%s points at %s, not at %s", inv.target.Ref.Name, refName, assoc.Target.Name, inv.owner.Ref.Name),
			ORMSays: fmt.Sprintf("mismatch type for back-ref %q of %s.%s <-> %s.%s", refName, inv.owner.Ref.Name, inv.r.Name, inv.target.Ref.Name, refName)}
		return
	}
	if inv.required() && a.required() {
		inv.r.Unresolved = &model.Unresolved{Fatal: true,
			Reason:  fmt.Sprintf("both %s.%s and %s.%s are Required", inv.owner.Ref.Name, inv.r.Name, a.owner.Ref.Name, assoc.Name),
			Why:     "neither row can be created first",
			ORMSays: fmt.Sprintf("edges cannot be required in both directions: %s.%s <-> %s.%s", inv.owner.Ref.Name, inv.r.Name, a.owner.Ref.Name, assoc.Name),
			Advice:  "drop Required() from one of them"}
		return
	}
	inv.r.Inverse = assoc.Name
	if assoc.Inverse == "" {
		assoc.Inverse = inv.r.Name
	}
	column := label(a.owner.Ref.Name) + "_" + snake(assoc.Name)
	switch au, iu := a.unique(), inv.unique(); {
	case au && iu: // O2O: the key sits in the inverse's table, unique
		layout(g, a, inv, model.HasOne, model.BelongsTo, inv.owner, column, true)
	case !au && iu: // O2M from the edge.To: the key sits in the inverse's table
		layout(g, a, inv, model.HasMany, model.BelongsTo, inv.owner, column, false)
	case au && !iu: // the edge.To is M2O: the key sits in its own table
		layout(g, a, inv, model.BelongsTo, model.HasMany, a.owner, column, false)
	default:
		joinTable(a, inv)
	}
}

// resolveAssoc lays out an edge.To that no edge.From references.
func resolveAssoc(g *model.Graph, a edge) {
	column := label(a.owner.Ref.Name) + "_" + snake(a.r.Name)
	self := a.owner.Ref == a.r.Target
	switch {
	case !a.unique():
		if self {
			joinTable(a, edge{})
			return
		}
		layout(g, a, edge{}, model.HasMany, "", a.target, column, false)
	case self:
		layout(g, a, edge{}, model.BelongsTo, "", a.owner, column, true)
	default:
		layout(g, a, edge{}, model.BelongsTo, "", a.owner, column, false)
	}
}

// layout sets both sides of a one-to-one or one-to-many edge: their
// kinds, the foreign-key column on holder (declared with Field(), or
// the one ent adds), and the action, which ent reads from the edge.To's
// annotations only.
func layout(g *model.Graph, a, inv edge, aKind, invKind model.Kind, holder *model.Model, column string, o2o bool) {
	// The edge that holds the key may bind it to a field of its own.
	owns := inv
	if aKind == model.BelongsTo {
		owns = a
	}
	if c, ok := get(a.r, optColumn); ok && c != "" {
		column = c
	}
	var fk *model.Field
	for _, e := range []edge{a, inv} {
		if e.r == nil {
			continue
		}
		name, ok := get(e.r, optField)
		if !ok {
			continue
		}
		if e.r != owns.r {
			e.r.Unresolved = &model.Unresolved{Option: optField, Name: name, Fatal: true,
				Reason:  fmt.Sprintf("Field(%q) is on %s.%s, but the foreign key sits in %s's table", name, e.owner.Ref.Name, e.r.Name, holder.Ref.Name),
				ORMSays: fmt.Sprintf("edge %q has a field %q but it is not holding a foreign key", e.r.Name, name)}
			return
		}
		if fk = bindField(a, e, holder, name); fk == nil {
			return
		}
	}
	ref := a.target
	if holder == a.target {
		ref = a.owner
	}
	id := ref.Fields[0]
	if fk == nil {
		fk = holder.Column(column)
		if fk == nil {
			fk = &model.Field{Name: column, Column: column, Type: id.Type, Pos: a.r.Pos}
			holder.Fields = append(holder.Fields, fk)
		}
	}
	// Graph.Tables: the column is nullable unless the edge that makes
	// the row point somewhere is Required (never on a self-reference).
	nullable := true
	switch {
	case holder == a.owner && a.owner != a.target && a.required():
		nullable = false
		fk.NotNullBy = fmt.Sprintf("Required() from %s.%s", a.owner.Ref.Name, a.r.Name)
	case holder != a.owner && inv.r != nil && a.owner != a.target && inv.required():
		nullable = false
		fk.NotNullBy = fmt.Sprintf("Required() from %s.%s", inv.owner.Ref.Name, inv.r.Name)
	}
	if !fk.PrimaryKey { // a key stored in the primary key column (StorageKey) stays NOT NULL
		fk.Type.Nullable, fk.NotNull = nullable, !nullable
	}
	if o2o {
		fk.Unique = true
	}
	for _, side := range []struct {
		e    edge
		kind model.Kind
	}{{a, aKind}, {inv, invKind}} {
		r := side.e.r
		if r == nil {
			continue
		}
		r.Kind, r.Many = side.kind, side.kind == model.HasMany
		r.ForeignKey, r.References = []string{fk.Name}, []string{"id"}
		r.ExplicitFK = has(r, optField)
		r.FKSide = model.SideTarget
		if side.kind == model.BelongsTo {
			r.FKSide = model.SideOwner
		}
		r.Enforcement = model.EnforceDatabase
		r.Constraint = r == a.r
		if !r.Constraint {
			r.NoConstraint = fmt.Sprintf("ent builds the foreign key from the edge.To, %s.%s, and reads OnDelete only there", a.owner.Ref.Name, a.r.Name)
		}
	}
	// An action on the inverse that says what ent does by default, where
	// the edge.To says nothing, changes nothing: not worth a finding.
	if inv.r != nil && a.r.OnDelete == "" && sameAction(inv.r.OnDelete, defaultAction(nullable)) {
		inv.r.OnDelete = ""
	}
	if inv.r != nil && inv.r.OnDelete != "" && a.r.OnDelete == "" {
		inv.r.ActionFixes = moveAction(inv.r.Chain, a.r.Chain, inv.r.OnDelete, a.owner.Ref.Name+"."+a.r.Name)
	}
}

// defaultAction is what ent's migration writes when no edge sets one:
// SET NULL on a nullable column, NO ACTION on a NOT NULL one.
func defaultAction(nullable bool) string {
	if nullable {
		return "SET NULL"
	}
	return "NO ACTION"
}

func sameAction(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), b)
}

// bindField checks an edge field as entc's setupFieldEdge does and
// returns it, or marks the edge unresolved.
func bindField(a, e edge, holder *model.Model, name string) *model.Field {
	f := holder.Field(name)
	fail := func(reason, says, advice string) *model.Field {
		e.r.Unresolved = &model.Unresolved{Option: optField, Name: name, In: holder.Ref, Fatal: true, Reason: reason, ORMSays: says, Advice: advice}
		return nil
	}
	if f == nil {
		if holder.Partial {
			return nil
		}
		u := fail(fmt.Sprintf("Field(%q) names no field of %s", name, holder.Ref.Name),
			fmt.Sprintf("field %q was not found in %s.Fields() for edge %q", name, holder.Ref.Name, e.r.Name),
			fmt.Sprintf("declare %s in %s.Fields(), or fix the name", name, holder.Ref.Name))
		e.r.Unresolved.Suggest = spell.Nearest(name, fieldNames(holder))
		return u
	}
	optional := !f.NotNull
	edgeOptional := !e.required()
	switch {
	case optional && !edgeOptional:
		return fail(fmt.Sprintf("field %s is Optional but the edge %s is Required", name, e.r.Name),
			fmt.Sprintf("edge-field %q was set as Optional, but edge %q is not", name, e.r.Name),
			"drop Optional() from the field, or Required() from the edge")
	case !optional && edgeOptional:
		fail(fmt.Sprintf("edge %s is optional, %s is not", e.r.Name, name),
			fmt.Sprintf("edge %q was set as Optional, but edge-field %q is not", e.r.Name, name),
			"add Optional() to the field, or Required() to the edge")
		e.r.Unresolved.Fixes = optionalFix(f)
		return nil
	}
	fieldImm := hasOpt(f.Tag, optImmutable)
	switch {
	case fieldImm && !has(e.r, optImmutable):
		return fail(fmt.Sprintf("field %s is Immutable but the edge %s is not", name, e.r.Name),
			fmt.Sprintf("edge-field %q was set as Immutable, but edge %q is not", name, e.r.Name),
			"make both Immutable, or neither")
	case !fieldImm && has(e.r, optImmutable):
		return fail(fmt.Sprintf("the edge %s is Immutable but its field %s is not", e.r.Name, name),
			fmt.Sprintf("edge %q was set as Immutable, but edge-field %q is not", e.r.Name, name),
			"make both Immutable, or neither")
	}
	ref := a.target
	if holder == a.target {
		ref = a.owner
	}
	want, _ := optValue(ref.Fields[0].Tag, optIDType)
	got, _ := optValue(f.Tag, optIDType)
	if want != got && want != "" && got != "" {
		return fail(fmt.Sprintf("%s is %s but %s's ID is %s", name, got, ref.Ref.Name, want),
			fmt.Sprintf("mismatch field type between edge field %q and id of type %q (%s != %s)", name, ref.Ref.Name, got, want),
			fmt.Sprintf("declare %s with the same builder", name))
	}
	return f
}

// joinTable lays out a many-to-many edge: ent names the join table
// <owner>_<edge> and its columns <owner>_id and <target>_id.
func joinTable(a, inv edge) {
	c1, c2 := label(a.owner.Ref.Name)+"_id", label(a.r.Target.Name)+"_id"
	if c1 == c2 {
		name := a.r.Name
		if inv.r != nil {
			name = inv.r.Name
		}
		c2 = inflect.Singularize(name) + "_id"
	}
	table := label(a.owner.Ref.Name) + "_" + a.r.Name
	if t, ok := get(a.r, optTable); ok && t != "" {
		table = t
	}
	for _, side := range []struct {
		e        edge
		own, tgt string
	}{{a, c1, c2}, {inv, c2, c1}} {
		r := side.e.r
		if r == nil {
			continue
		}
		r.Kind, r.Many, r.FKSide = model.ManyToMany, true, model.SideJoin
		r.ForeignKey, r.References = []string{"id"}, []string{"id"}
		r.Join = &model.JoinTable{Table: table, OwnerColumns: []string{side.own}, TargetColumns: []string{side.tgt}}
		r.Enforcement, r.Constraint = model.EnforceDatabase, true
		// An action that says what ent does anyway has no consequence.
		if r.OnDelete != "" && !sameAction(r.OnDelete, "CASCADE") {
			side.e.owner.StrayActions = append(side.e.owner.StrayActions, model.StrayAction{
				Pos:    r.Pos,
				Action: "ON DELETE " + r.OnDelete,
				Why:    fmt.Sprintf("%s.%s is many-to-many, and ent always deletes join rows with ON DELETE CASCADE", side.e.owner.Ref.Name, r.Name),
				Fix:    "remove the annotation",
			})
			r.OnDelete = ""
		}
	}
}

func findAssoc(m *model.Model, name string) *model.Relation {
	for _, r := range m.Relations {
		if r.Name == name && !has(r, optInverse) {
			return r
		}
	}
	return nil
}

func fieldNames(m *model.Model) []string {
	out := make([]string, len(m.Fields))
	for i, f := range m.Fields {
		out[i] = f.Name
	}
	return out
}

func hasOpt(t *model.Tag, key string) bool {
	_, ok := optValue(t, key)
	return ok
}

func optValue(t *model.Tag, key string) (string, bool) {
	if t == nil {
		return "", false
	}
	for _, o := range t.Options {
		if o.Key == key {
			return o.Value, true
		}
	}
	return "", false
}

// label is gen.Type.Label: the snake-cased type name.
func label(name string) string { return snake(name) }

// table is gen.Type.Table's default: the snake-cased plural, by the
// inflection library entc itself uses.
func table(name string) string { return snake(inflect.Pluralize(name)) }

// snake is entc's snake_case. entc reads each byte as a rune of its own,
// so non-ASCII names come out as entc writes them; position 0 counts as a
// word start.
func snake(s string) string {
	out := make([]rune, 0, len(s)+4)
	wordStart := 0
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		if i > 0 && i < len(s)-1 && unicode.IsUpper(c) {
			prev, next := rune(s[i-1]), rune(s[i+1])
			afterLower := unicode.IsLower(prev)
			beforeLower := wordStart != i-1 && unicode.IsLetter(prev) && unicode.IsLower(next)
			if afterLower || beforeLower {
				out = append(out, '_')
				wordStart = i
			}
		}
		out = append(out, unicode.ToLower(c))
	}
	return string(out)
}

// Snake and TableName expose entc's naming to the oracle, which holds
// them to entc's own functions.
func Snake(s string) string { return snake(s) }

func TableName(typeName string) string { return table(typeName) }
