// Package bun is relcheck's Bun dialect: it reproduces how
// github.com/uptrace/bun v1.3 (schema/table.go) reads a struct. Relations
// are declared, never guessed (rel:belongs-to|has-one|has-many, m2m:), and
// foreign keys default to <field>_<pk> or <model>_<pk>, with a silent
// fallback to the primary key's own column name.
package bun

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/internal/inflect"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

const (
	Name       = "bun"
	ImportPath = "github.com/uptrace/bun"
)

// Dialect is Bun's entry in the analyzer's dialect list.
var Dialect = &dialects.Dialect{
	Name:        Name,
	ImportPath:  ImportPath,
	IsCandidate: IsCandidate,
	Parse:       Parse,
	Follows:     Follows,
	Resolve:     Resolve,
	Link:        Link,
	Calls:       Calls,
	Usage:       Usage,
}

// IsCandidate: a bun tag on some field, or an embedded bun.BaseModel.
func IsCandidate(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if _, _, ok := dialects.TagValue(st.Tag(i), "bun"); ok {
			return true
		}
		if isBaseModel(st.Field(i).Type()) {
			return true
		}
	}
	return false
}

// Follows reports whether Bun reads field i of st as a relation (rel:,
// m2m:) or an embedded struct (anonymous, embed:). Any other struct-typed
// field is a column, and bun:"-" is nothing.
func Follows(st *types.Struct, i int) bool {
	v := st.Field(i)
	raw, _, _ := dialects.TagValue(st.Tag(i), "bun")
	if raw == "-" {
		return false
	}
	if v.Anonymous() {
		return !(v.Name() == "BaseModel" && isBaseModel(v.Type()))
	}
	if !v.Exported() {
		return false
	}
	t := Fold(ParseTag(raw))
	return t.Has("embed") || t.Has("rel") || t.Has("m2m")
}

// isBaseModel: bun.BaseModel is an alias of schema.BaseModel, so the type
// checker names it github.com/uptrace/bun/schema.BaseModel.
func isBaseModel(t types.Type) bool {
	return dialects.IsNamed(t, ImportPath+"/schema", "BaseModel") || dialects.IsNamed(t, ImportPath, "BaseModel")
}

// tableOf is the table name Bun gives a struct type: the pluralised
// underscored type name, or the name its BaseModel tag gives, or, for an
// embedded struct tagged ,extend (or ,inherit), that struct's table name;
// whichever comes last wins, as in processFields. Since Bun v1.2 extend
// also takes over the embedded type's name, from which default keys
// derive (TypeName, ModelName): key is that name, "" for the type's own.
func tableOf(named *types.Named, depth int) (name, key string) {
	name = inflect.Plural(dialects.Underscore(named.Obj().Name()))
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return name, ""
	}
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		raw, _, _ := dialects.TagValue(st.Tag(i), "bun")
		if raw == "-" || !v.Anonymous() {
			continue
		}
		t := Fold(ParseTag(raw))
		if v.Name() == "BaseModel" && isBaseModel(v.Type()) {
			if t.Name != "" {
				name = t.Name
			}
			if s, ok := t.Option("table"); ok {
				name = s
			}
			continue
		}
		if (t.Has("extend") || t.Has("inherit")) && depth < 16 {
			if sub, ok := dialects.Deref(v.Type()).(*types.Named); ok {
				if _, ok := sub.Underlying().(*types.Struct); ok {
					name, key = tableOf(sub, depth+1)
					if key == "" {
						key = sub.Obj().Name()
					}
				}
			}
		}
	}
	return name, key
}

// knownOptions is schema.isKnownFieldOption.
var knownOptions = map[string]bool{
	"column": true, "alt": true, "type": true, "array": true, "hstore": true, "composite": true, "multirange": true,
	"json_use_number": true, "msgpack": true, "notnull": true, "nullzero": true, "default": true, "unique": true,
	"soft_delete": true, "scanonly": true, "skipupdate": true, "pk": true, "autoincrement": true, "rel": true,
	"join": true, "join_on": true, "on_update": true, "on_delete": true, "m2m": true, "polymorphic": true, "identity": true,
	"embed": true, // read by processFields before newField warns
}

// flagOptions are the options that take no value: written as the name,
// one was evidently meant as the option.
var flagOptions = map[string]bool{
	"array": true, "hstore": true, "composite": true, "multirange": true, "json_use_number": true, "msgpack": true,
	"notnull": true, "nullzero": true, "unique": true, "soft_delete": true, "scanonly": true, "skipupdate": true,
	"pk": true, "autoincrement": true, "identity": true, "polymorphic": true,
}

var actions = []string{"CASCADE", "RESTRICT", "SET NULL", "SET DEFAULT", "NO ACTION"}

type parser struct {
	src     dialects.Source
	m       *model.Model
	uniques map[string][]*model.Field
	names   map[any]name // each field's and relation's Bun name
}

// name is what processFields keys an embedded field's ambiguity on: its
// (prefixed) column name, and whether it carries a non-empty tag.
type name struct {
	col    string
	tagged bool
}

// Parse reads one struct into a model; relations are resolved by Resolve
// and Link.
func Parse(named *types.Named, src dialects.Source) *model.Model {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	ref := dialects.RefOf(named)
	m := &model.Model{
		Ref:     ref,
		Dialect: Name,
		Pos:     dialects.Pos(src, named.Obj().Pos()),
		Vocab: model.Vocab{ORM: "Bun", TagKey: "bun", NullZero: "nullzero", Sep: ",", Unique: "unique", Lead: ",",
			FKOption: "join:", HardDelete: "db.NewDelete().ForceDelete()",
			HasOneJoins: true, JoinCondition: "join_on:", StringColumn: "character varying"},
	}
	m.Table, m.KeyName = tableOf(named, 0)
	if m.KeyName == "" && dialects.IsLocal(named.Obj()) {
		m.KeyName = named.Obj().Name() // reflect's name, and so Bun's
	}
	p := &parser{src: src, m: m, uniques: map[string][]*model.Field{}, names: map[any]name{}}
	p.fields(st, "", nil, map[*types.Struct]bool{st: true})
	for _, f := range m.Fields {
		if f.PrimaryKey {
			m.PrimaryKey = append(m.PrimaryKey, f.Name)
		}
	}
	if len(m.PrimaryKey) > 0 {
		// The primary key's index leads with its first column.
		if f := m.Field(m.PrimaryKey[0]); f != nil {
			f.Indexed = true
			f.Unique = len(m.PrimaryKey) == 1
		}
	}
	for _, fs := range p.uniques {
		if len(fs) == 1 {
			fs[0].Unique = true
		} else if len(fs) > 1 {
			m.UniqueKeys = append(m.UniqueKeys, dialects.FieldNames(fs))
		}
	}
	sort.Slice(m.UniqueKeys, func(i, j int) bool { return strings.Join(m.UniqueKeys[i], ",") < strings.Join(m.UniqueKeys[j], ",") })
	return m
}

// fields reads one struct level, as processFields does: direct fields
// first, then the fields of embedded structs (anonymous, or embed:) that
// are unambiguous at this level. An embedded field loses to a direct field
// of the same name; two embedded fields of one name both drop, unless
// exactly one of them carries a tag.
func (p *parser) fields(st *types.Struct, prefix string, path []string, seen map[*types.Struct]bool) {
	direct := map[string]bool{}
	var embedded []any // fields and relations read from embedded structs
	sub := func(s *types.Struct, pre string, v *types.Var) {
		f0, r0 := len(p.m.Fields), len(p.m.Relations)
		seen[s] = true
		p.fields(s, pre, append(path, v.Name()), seen)
		delete(seen, s)
		for _, f := range p.m.Fields[f0:] {
			embedded = append(embedded, f)
		}
		for _, r := range p.m.Relations[r0:] {
			embedded = append(embedded, r)
		}
	}
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		raw, _, hasTag := dialects.TagValue(st.Tag(i), "bun")
		if raw == "-" {
			direct[prefix+v.Name()] = true // Bun records the Go name here
			continue
		}
		var tag *model.Tag
		if hasTag {
			tag, _ = dialects.Tag(p.src, v, st.Tag(i), "bun", ",", ParseTag)
		} else if pr, bad := dialects.MalformedTag(p.src, v, st.Tag(i), "bun", "Bun"); bad {
			p.m.Problems = append(p.m.Problems, pr)
		}
		t := Fold(tagOpts(tag))
		if v.Anonymous() {
			if v.Name() == "BaseModel" && isBaseModel(v.Type()) {
				continue // the table name: tableOf
			}
			if s, ok := dialects.Deref(v.Type()).Underlying().(*types.Struct); ok && !seen[s] {
				sub(s, prefix, v)
			}
			continue
		}
		if !v.Exported() {
			continue
		}
		if pre, ok := t.Option("embed"); ok {
			if s, ok := dialects.Deref(v.Type()).Underlying().(*types.Struct); ok && !seen[s] {
				sub(s, prefix+pre, v)
			}
			continue
		}
		if tag != nil {
			p.problems(v, tag, t)
		}
		n := name{col: prefix + bunName(v, t), tagged: t.Name != "" || t.Options != nil}
		direct[n.col] = true
		if t.Has("rel") || t.Has("m2m") {
			if r := p.relation(v, tag, t, path); r != nil {
				p.names[r] = n
			}
			continue
		}
		p.names[p.column(v, tag, t, prefix, path)] = n
	}
	if len(embedded) == 0 {
		return
	}
	names, tags := map[string]int{}, map[string]int{}
	for c := range direct {
		names[c]++
		tags[c]++
	}
	for _, e := range embedded {
		n := p.names[e]
		names[n.col]++
		if n.tagged {
			tags[n.col]++
		}
	}
	drop := map[any]bool{}
	for _, e := range embedded {
		if n := p.names[e]; names[n.col] > 1 && !(n.tagged && tags[n.col] == 1) {
			drop[e] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	fs := p.m.Fields[:0]
	for _, f := range p.m.Fields {
		if !drop[f] {
			fs = append(fs, f)
		}
	}
	p.m.Fields = fs
	rs := p.m.Relations[:0]
	for _, r := range p.m.Relations {
		if !drop[r] {
			rs = append(rs, r)
		}
	}
	p.m.Relations = rs
	for k, us := range p.uniques {
		kept := us[:0]
		for _, f := range us {
			if !drop[f] {
				kept = append(kept, f)
			}
		}
		p.uniques[k] = kept
	}
}

// bunName is the name newField gives a field: the tag's name, column:, or
// the underscored Go name.
func bunName(v *types.Var, t Tag) string {
	col := dialects.Underscore(v.Name())
	if t.Name != "" {
		col = t.Name
	}
	if s, ok := t.Option("column"); ok {
		col = s
	}
	return col
}

func tagOpts(t *model.Tag) []model.Option {
	if t == nil {
		return nil
	}
	return t.Options
}

func (p *parser) column(v *types.Var, tag *model.Tag, t Tag, prefix string, path []string) *model.Field {
	col := bunName(v, t)
	f := &model.Field{
		Name:   v.Name(),
		Path:   strings.Join(append(append([]string(nil), path...), v.Name()), "."),
		Column: prefix + col,
		Type:   dialects.Classify(v.Type()),
		Pos:    dialects.Pos(p.src, v.Pos()),
		Tag:    tag,
	}
	dialects.Place(p.src, v, f)
	f.PrimaryKey = t.Has("pk")
	f.NotNull = t.Has("notnull") || f.PrimaryKey || t.Has("autoincrement")
	f.Default = t.Has("default")
	// nullzero: Bun writes the zero value as NULL (DEFAULT) and reads NULL
	// back as zero, so a plain int64 key holds NULL either way.
	if t.Has("nullzero") {
		f.Type.Nullable = true
	}
	if vs, ok := t.Options["unique"]; ok {
		names := vs
		if len(vs) == 1 {
			names = strings.Split(vs[0], ",")
		}
		for _, n := range names {
			if n == "" {
				n = "\x00" + f.Name // an unnamed unique constraint is the field's own
			} else if prefix != "" {
				n = prefix + n
			}
			p.uniques[n] = append(p.uniques[n], f)
		}
		f.Indexed = true
	}
	if t.Has("soft_delete") {
		p.m.SoftDelete = true
	}
	p.m.Fields = append(p.m.Fields, f)
	return f
}

func (p *parser) relation(v *types.Var, tag *model.Tag, t Tag, path []string) *model.Relation {
	r := &model.Relation{
		Name:  v.Name(),
		Owner: p.m.Ref,
		Pos:   dialects.Pos(p.src, v.Pos()),
		Tag:   tag,
		Embed: strings.Join(path, "."),
		// Bun v1.3 adds join_on to the query's WHERE: the parent comes
		// back once per matching child only.
		Narrowed: t.Has("join_on"),
	}
	named, _, many := dialects.Target(v.Type())
	r.Many = many
	if named == nil {
		return nil // not a struct: Bun panics elsewhere; tag-syntax says so when it can
	}
	r.Target = dialects.RefOf(named)
	p.m.Relations = append(p.m.Relations, r)
	return r
}

// problems records what Bun warns about and ignores, or panics on.
func (p *parser) problems(v *types.Var, tag *model.Tag, t Tag) {
	add := func(o model.Option, msg string, start, end int, fix bool, repl string) {
		p.m.Problems = append(p.m.Problems, model.Problem{Field: v.Name(), Pos: dialects.Pos(p.src, v.Pos()), Tag: tag,
			Message: v.Name() + ": " + msg, Start: start, End: end, Fix: fix, Replace: repl})
	}
	why := func(s string) { p.m.Problems[len(p.m.Problems)-1].Detail = s }
	for _, o := range tag.Options {
		if o.Key == "" {
			// newField warns only when the name differs from the field's
			// own column name: Type string `bun:"type,type:text"` is fine.
			if knownOptions[o.Value] && o.Value != "embed" && o.Value != dialects.Underscore(v.Name()) {
				if flagOptions[o.Value] {
					// The fix rewrites the whole name token; ValueStart < 0
					// says that would run it into the next token.
					add(o, fmt.Sprintf("%q in first position is the column name, not the option; write ,%s", o.Value, o.Value),
						o.Start, o.End, o.ValueStart >= 0, ","+o.Value)
					why(fmt.Sprintf("Bun names the column %q (and warns).", o.Value))
				} else {
					// A bare type or default is no option at all, so ,type
					// would only rename the column: explain, no edit.
					add(o, fmt.Sprintf("%q in first position is the column name; if that column is meant, write column:%s",
						o.Value, o.Value), o.Start, o.End, false, "")
					why(fmt.Sprintf("It is not the option %s: Bun names the column %q and warns.", o.Value, o.Value))
				}
			}
			continue
		}
		switch {
		case !knownOptions[o.Key]:
			msg := fmt.Sprintf("unknown Bun option %q, which Bun ignores", o.Key)
			ks, ke, spelt := KeySpan(tag.Value, o)
			if !spelt {
				ks, ke = o.Start, o.End // a quoted key: no fix, point at the token
			}
			if s := nearest(o.Key); s != "" {
				msg += "; did you mean " + s + "?"
				add(o, msg, ks, ke, spelt, s)
			} else {
				add(o, msg, ks, ke, false, "")
			}
			why("Bun warns about it at run time.")
		case o.Key == "rel":
			switch o.Value {
			case "belongs-to", "has-one", "has-many":
				if o.Value == "has-many" {
					if _, _, many := dialects.Target(v.Type()); !many {
						add(o, "rel:has-many needs a slice field", o.Start, o.End, false, "")
						why("Bun panics with \"has-many relation requires slice\".")
					}
				}
			default:
				msg := fmt.Sprintf("%q is not a Bun relation", o.Value)
				if s := spell.Nearest(o.Value, []string{"belongs-to", "has-one", "has-many"}); s != "" && o.ValueStart >= 0 {
					add(o, msg+"; did you mean "+s+"?", o.ValueStart, o.End, true, s)
				} else {
					add(o, msg, o.Start, o.End, false, "")
				}
				why("Bun panics with \"unknown relation\". The relations are belongs-to, has-one and has-many.")
			}
		case (o.Key == "on_delete" || o.Key == "on_update") && len(t.Options[o.Key]) > 1:
			// belongsToRelationWithTables panics on a repeated action.
			if rel, _ := t.Option("rel"); rel == "belongs-to" && o.Start == firstOf(tag, o.Key) {
				add(o, fmt.Sprintf("%s is given %d times; give it once", o.Key, len(t.Options[o.Key])), o.Start, o.End, false, "")
				why(fmt.Sprintf("Bun panics with \"bun: %s belongs-to %s: %s option must be a single field\".", p.m.Ref.Name, v.Name(), o.Key))
			}
		case o.Key == "on_delete" || o.Key == "on_update":
			val := strings.ToUpper(strings.Join(strings.Fields(o.Value), " "))
			ok := false
			for _, a := range actions {
				ok = ok || a == val
			}
			if !ok {
				msg := fmt.Sprintf("%q is not a referential action", o.Value)
				if s := spell.Nearest(val, actions); s != "" && o.ValueStart >= 0 {
					add(o, msg+"; did you mean "+s+"?", o.ValueStart, o.End, true, s)
				} else {
					add(o, msg, o.Start, o.End, false, "")
				}
				why("Bun pastes it into the DDL. The actions are CASCADE, RESTRICT, SET NULL and SET DEFAULT.")
			}
		case o.Key == "join" && !t.Has("rel") && !t.Has("m2m"):
			add(o, "join only means something with rel: or m2m:, so Bun ignores it (and warns)", o.Start, o.End, false, "")
		}
	}
}

// firstOf is the start of the first option named key.
func firstOf(tag *model.Tag, key string) int {
	for _, o := range tag.Options {
		if o.Key == key {
			return o.Start
		}
	}
	return -1
}

func nearest(key string) string {
	var ks []string
	for k := range knownOptions {
		ks = append(ks, k)
	}
	return spell.Nearest(key, ks)
}
