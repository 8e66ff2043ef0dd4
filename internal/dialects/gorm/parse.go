// Package gorm is relcheck's GORM dialect: it reproduces how
// gorm.io/gorm v1.31 (schema.Parse) reads a struct, so that relcheck sees
// the same columns, primary keys and relations that GORM will.
package gorm

import (
	"go/types"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// Name is the dialect's name in models and flags.
const Name = "gorm"

// ImportPath is GORM's package; its Model and DeletedAt mark models.
const ImportPath = "gorm.io/gorm"

// IsCandidate reports whether a struct is a GORM model by its own looks:
// a gorm tag other than "-", an embedded gorm.Model, or a gorm.DeletedAt field. The
// analyzer adds the structs a package hands to *gorm.DB.
func IsCandidate(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		// A struct whose gorm tags all exclude their field ("-") shows no
		// intent to be a model: it is one only if handed to *gorm.DB or
		// reached through a relation field.
		if val, _, ok := lookupTag(st.Tag(i)); ok && !isIgnored(Settings(ParseTag(val))) {
			return true
		}
		if dialects.IsNamed(f.Type(), ImportPath, "Model") || dialects.IsNamed(f.Type(), ImportPath, "DeletedAt") {
			return true
		}
	}
	return false
}

func lookupTag(tag string) (string, int, bool) {
	return dialects.TagValue(tag, "gorm")
}

// parser carries one Parse call.
type parser struct {
	src     dialects.Source
	m       *model.Model
	owner   model.Ref
	indexes map[string][]indexMember // index name -> its fields
	order   []string
	commas  []commaTag // Bun-style tags, judged once the primary key is known
}

type indexMember struct {
	field    *model.Field
	unique   bool
	priority int
}

// Parse reads one named struct type into a model. Relations are recorded
// as declared; Resolve decides their kind and keys once targets are known.
func Parse(named *types.Named, src dialects.Source) *model.Model {
	if named == nil {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	ref := dialects.RefOf(named)
	m := &model.Model{
		Ref:     ref,
		Dialect: Name,
		Pos:     dialects.Pos(src, named.Obj().Pos()),
		Vocab: model.Vocab{ORM: "GORM", TagKey: "gorm", Sep: ";", Unique: "uniqueIndex", Index: "index",
			FKOption: "foreignKey:", HardDelete: "db.Unscoped().Delete, or delete the children too with db.Select(clause.Associations).Delete",
			SavesRelations: true, FKTypeFromKey: true},
	}
	if dialects.IsLocal(named.Obj()) {
		m.KeyName = named.Obj().Name() // reflect's name, and so GORM's
	}
	m.Table = tableName(m.TypeName())
	if t, ok := tablerName(named, src); ok {
		m.Table = t
	}
	m.IndexesElsewhere = dialects.HasMethod(named, "Indexes")
	p := &parser{src: src, m: m, owner: ref}
	p.fields(st, nil, nil, map[*types.Struct]bool{st: true})
	p.primaryKey()
	p.dropHarmlessCommas()
	p.finishIndexes()
	return m
}

// fields walks a struct's exported fields, descending into embedded
// structs as GORM does. outer holds the embedding field's settings, which
// GORM copies onto every embedded field.
func (p *parser) fields(st *types.Struct, path []string, outer map[string]string, seen map[*types.Struct]bool) {
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		if !v.Exported() {
			continue
		}
		tag, _ := dialects.Tag(p.src, v, st.Tag(i), "gorm", ";", ParseTag)
		var set map[string]string
		if tag != nil {
			set = Settings(tag.Options)
		} else {
			set = map[string]string{}
			if pr, bad := dialects.MalformedTag(p.src, v, st.Tag(i), "gorm", "GORM"); bad {
				p.m.Problems = append(p.m.Problems, pr)
			}
		}
		for k, val := range outer {
			if _, ok := set[k]; !ok {
				set[k] = val
			}
		}
		p.field(v, tag, set, path, outer, seen)
	}
}

func (p *parser) field(v *types.Var, tag *model.Tag, set map[string]string, path []string, outer map[string]string, seen map[*types.Struct]bool) {
	name := v.Name()
	bind := append(append([]string(nil), path...), name)
	t := v.Type()
	ignored := isIgnored(set)
	column := isColumn(t, set)
	// Only the field's own tag embeds it: GORM parses an embedded struct
	// on its own, so an outer "embedded" does not reach its fields.
	own := map[string]string{}
	if tag != nil {
		own = Settings(tag.Options)
	}
	if !ignored && embeds(v, own, column) {
		if st, ok := dialects.Deref(t).Underlying().(*types.Struct); ok && !seen[st] {
			inner := map[string]string{}
			for k, val := range set {
				inner[k] = val
			}
			seen[st] = true
			p.fields(st, bind, inner, seen)
			delete(seen, st)
			return
		}
	}

	if tag != nil && !ignored {
		p.problems(v.Name(), dialects.Pos(p.src, v.Pos()), tag, !column.ok)
	}
	if column.ok || ignored {
		p.column(v, tag, set, bind, ignored)
		return
	}
	p.relation(v, tag, bind, path)
}

// isIgnored: "-" (or "-:all"), or neither readable nor writable.
func isIgnored(set map[string]string) bool {
	if val, ok := set["-"]; ok {
		switch strings.ToLower(strings.TrimSpace(val)) {
		case "-", "all":
			return true
		}
	}
	readable, writable := true, true
	if val, ok := set["->"]; ok {
		writable = false
		readable = !strings.EqualFold(val, "false")
	}
	if val, ok := set["<-"]; ok {
		writable = val == "<-" || strings.Contains(val, "create") || strings.Contains(val, "update")
	}
	return !readable && !writable
}

// embeds: GORM flattens a field tagged embedded, or an anonymous field
// that is not a Valuer, a time or bytes.
func embeds(v *types.Var, set map[string]string, column columnInfo) bool {
	_, embedTag := set["EMBEDDED"]
	return embedTag || (v.Anonymous() && !column.valuer && column.class != model.ClassTime && column.class != model.ClassBytes)
}

// Follows reports whether GORM parses the struct behind field i of st: as
// a relation's target or as an embedded struct. The struct behind an
// excluded field (-), a serialized one (serializer:, type:), or a type
// that values or scans itself is never parsed, so it is no model.
func Follows(st *types.Struct, i int) bool {
	v := st.Field(i)
	if !v.Exported() {
		return false
	}
	set := map[string]string{}
	if val, _, ok := lookupTag(st.Tag(i)); ok {
		set = Settings(ParseTag(val))
	}
	if isIgnored(set) {
		return false
	}
	column := isColumn(v.Type(), set)
	return embeds(v, set, column) || !column.ok
}

// columnInfo is GORM's DataType decision: non-empty DataType means a column.
type columnInfo struct {
	ok     bool
	valuer bool
	class  model.TypeClass
}

func isColumn(t types.Type, set map[string]string) columnInfo {
	ct := dialects.Classify(t)
	c := columnInfo{class: ct.Class}
	base := dialects.Deref(t)
	// Valuer, GormDataTypeInterface and serializers decide the data type
	// themselves. A Scanner without Valuer is not a column to GORM, but
	// treating it as one costs nothing and avoids crying wolf.
	if dialects.HasMethod(base, "Value") || dialects.HasMethod(base, "GormDataType") || dialects.HasMethod(base, "Scan") {
		c.ok, c.valuer = true, true
		return c
	}
	if set["SERIALIZER"] != "" || set["JSON"] != "" || set["TYPE"] != "" {
		c.ok = true
		return c
	}
	switch ct.Class {
	case model.ClassInt, model.ClassString, model.ClassFloat, model.ClassBool, model.ClassTime, model.ClassBytes, model.ClassUUID:
		c.ok = true
	}
	return c
}

func (p *parser) column(v *types.Var, tag *model.Tag, set map[string]string, bind []string, ignored bool) {
	f := &model.Field{
		Name:    v.Name(),
		Path:    strings.Join(bind, "."),
		Column:  set["COLUMN"],
		Type:    dialects.Classify(v.Type()),
		Pos:     dialects.Pos(p.src, v.Pos()),
		Tag:     tag,
		Ignored: ignored,
	}
	dialects.Place(p.src, v, f)
	if f.Column == "" && !ignored {
		f.Column = columnName(f.Name)
	}
	if prefix, ok := set["EMBEDDEDPREFIX"]; ok && len(bind) > 1 && f.Column != "" {
		f.Column = prefix + f.Column
	}
	f.PrimaryKey = checkTruth(set["PRIMARYKEY"], set["PRIMARY_KEY"])
	f.NotNull = checkTruth(set["NOT NULL"], set["NOTNULL"])
	_, f.Default = set["DEFAULT"]
	f.Unique = checkTruth(set["UNIQUE"])
	if tag != nil && !ignored {
		p.addIndexes(f, tag)
	}
	if dialects.IsNamed(v.Type(), ImportPath, "DeletedAt") {
		p.m.SoftDelete = true
	}
	p.m.Fields = append(p.m.Fields, f)
}

// relation records a relation field as declared; its kind and keys are
// decided by Resolve.
func (p *parser) relation(v *types.Var, tag *model.Tag, bind, path []string) {
	r := &model.Relation{
		Name:  v.Name(),
		Owner: p.owner,
		Pos:   dialects.Pos(p.src, v.Pos()),
		Tag:   tag,
		Embed: strings.Join(path, "."),
	}
	if dialects.Invalid(v.Type()) {
		return // a type the type checker could not resolve: say nothing
	}
	named, _, many := dialects.Target(v.Type())
	if _, isArray := dialects.Deref(v.Type()).Underlying().(*types.Array); isArray {
		named = nil // GORM builds relations from structs and slices only
	}
	r.Many = many
	if named == nil {
		if containsTypeParam(v.Type()) {
			return // generic: nothing to say until instantiated
		}
		r.Unresolved = &model.Unresolved{
			Reason:  types.TypeString(v.Type(), func(p *types.Package) string { return p.Name() }) + " is not a column type",
			Why:     "GORM treats it as a relation it cannot build",
			ORMSays: "failed to parse field: " + v.Name() + ", error: unsupported data type",
			Fatal:   true,
		}
	} else {
		r.Target = dialects.RefOf(named)
	}
	p.m.Relations = append(p.m.Relations, r)
}

func containsTypeParam(t types.Type) bool {
	switch u := dialects.Deref(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Slice:
		return containsTypeParam(u.Elem())
	case *types.Array:
		return containsTypeParam(u.Elem())
	case *types.Map:
		return containsTypeParam(u.Key()) || containsTypeParam(u.Elem())
	}
	return false
}

// primaryKey applies GORM's rule: fields tagged primaryKey, else the field
// whose column (or name) is "id".
func (p *parser) primaryKey() {
	m := p.m
	var pks []string
	for _, f := range m.Fields {
		if f.PrimaryKey && !f.Ignored {
			pks = append(pks, f.Name)
		}
	}
	if id := LookUp(m, "id"); id != nil && !id.Ignored {
		if len(pks) == 0 {
			id.PrimaryKey = true
			pks = append(pks, id.Name)
		}
	} else if id := LookUp(m, "ID"); id != nil && !id.Ignored && len(pks) == 0 {
		id.PrimaryKey = true
		pks = append(pks, id.Name)
	}
	m.PrimaryKey = pks
	if len(pks) == 1 {
		if f := m.Field(pks[0]); f != nil {
			f.Unique, f.Indexed = true, true
		}
	} else if len(pks) > 1 {
		if f := m.Field(pks[0]); f != nil {
			f.Indexed = true
		}
	}
}

// LookUp is schema.LookUpField: by column, then by Go name, then by the
// column GORM would derive from the name.
func LookUp(m *model.Model, name string) *model.Field {
	if m == nil {
		return nil
	}
	for _, f := range m.Fields {
		if f.Column == name && f.Column != "" {
			return f
		}
	}
	if f := m.Field(name); f != nil {
		return f
	}
	col := columnName(name)
	for _, f := range m.Fields {
		if f.Column == col && f.Column != "" {
			return f
		}
	}
	return nil
}

// Dialect is GORM's entry in the analyzer's dialect list.
var Dialect = &dialects.Dialect{
	Name:        Name,
	ImportPath:  ImportPath,
	IsCandidate: IsCandidate,
	Parse:       Parse,
	Follows:     Follows,
	Resolve:     func(m *model.Model, lookup func(model.Ref) *model.Model) { Resolve(m, lookup) },
	Link:        Link,
	Calls:       Calls,
	Usage:       Usage,
}
