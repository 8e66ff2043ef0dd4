// Package gopg is relcheck's go-pg dialect: it reproduces how
// github.com/go-pg/pg/v10 (v10.11, orm/table.go) reads a struct. Relations
// are declared with rel:has-one|belongs-to|has-many or many2many:. go-pg's
// words are not GORM's or Bun's: its has-one keeps the foreign key on the
// declaring model (what the others call belongs-to), and its belongs-to
// keeps it on the other model. The model records which side holds the key,
// never the tag word.
package gopg

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/internal/inflect"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

const (
	Name       = "gopg"
	ImportPath = "github.com/go-pg/pg/v10"
)

// Dialect is go-pg's entry in the analyzer's dialect list.
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

// IsCandidate: a pg tag on some field (a tableName struct{} field with a
// pg tag included).
func IsCandidate(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if _, _, ok := dialects.TagValue(st.Tag(i), "pg"); ok {
			return true
		}
	}
	return false
}

// Follows reports whether go-pg reads field i of st as a relation that
// relcheck models (rel:, many2many:) or an embedded struct. pg:"-" is
// nothing, and a struct with type: is a column. (go-pg's deprecated
// guessing of untagged relations is not modelled.)
func Follows(st *types.Struct, i int) bool {
	v := st.Field(i)
	raw, _, _ := dialects.TagValue(st.Tag(i), "pg")
	if v.Anonymous() {
		sqlTag, _, _ := dialects.TagValue(st.Tag(i), "sql")
		return raw != "-" && sqlTag != "-"
	}
	if !v.Exported() {
		return false
	}
	t := Fold(ParseTag(raw))
	return t.Name != "-" && (t.Has("rel") || t.Has("many2many"))
}

// typeName is Table.TypeName: the Go name with its first letter upper-cased.
func typeName(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-32) + s[1:]
	}
	return s
}

// fieldOptions is orm.isKnownFieldOption.
var fieldOptions = map[string]bool{
	"alias": true, "type": true, "array": true, "hstore": true, "composite": true, "json_use_number": true,
	"msgpack": true, "notnull": true, "use_zero": true, "default": true, "unique": true, "soft_delete": true,
	"on_delete": true, "on_update": true, "pk": true, "nopk": true, "rel": true, "fk": true, "join_fk": true,
	"many2many": true, "polymorphic": true,
}

// flagOptions are the field options that take no value: written as the
// name, one was evidently meant as the option.
var flagOptions = map[string]bool{
	"array": true, "hstore": true, "composite": true, "json_use_number": true, "msgpack": true, "notnull": true,
	"use_zero": true, "unique": true, "soft_delete": true, "pk": true, "nopk": true, "polymorphic": true,
}

// tableOptions is orm.isKnownTableOption.
var tableOptions = map[string]bool{
	"alias": true, "select": true, "tablespace": true, "partition_by": true, "discard_unknown_columns": true,
}

var actions = []string{"CASCADE", "RESTRICT", "SET NULL", "SET DEFAULT", "NO ACTION"}

var relKinds = []string{"has-one", "belongs-to", "has-many", "many2many"}

type parser struct {
	src     dialects.Source
	m       *model.Model
	model   string // ModelName: the underscored Go name
	uniques map[string][]*model.Field
	order   []string
	// guessed: an untagged struct or slice field go-pg may read as a
	// relation of its own guessing (deprecated, not modelled).
	guessed bool
	depth   int
}

// Parse reads one struct into a model as Table.initFields does; relations
// are resolved by Resolve and Link.
func Parse(named *types.Named, src dialects.Source) *model.Model {
	return parse(named, src, 0)
}

// parse is Parse at a depth of inherit chains, which *T embedding can make
// cyclic.
func parse(named *types.Named, src dialects.Source, depth int) *model.Model {
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	ref := dialects.RefOf(named)
	modelName := dialects.Underscore(named.Obj().Name())
	m := &model.Model{
		Ref:       ref,
		Dialect:   Name,
		Table:     inflect.Plural(modelName),
		TableBase: modelName,
		Pos:       dialects.Pos(src, named.Obj().Pos()),
		Vocab: model.Vocab{ORM: "go-pg", TagKey: "pg", Sep: ",", Unique: "unique", Lead: ",",
			FKOption: "fk: (join_fk: on belongs-to and has-many)", HardDelete: "db.Model(...).ForceDelete()",
			HasOneJoins: true, Database: model.Postgres, StringColumn: "text"},
	}
	if dialects.IsLocal(named.Obj()) {
		m.KeyName = named.Obj().Name() // reflect's name, and so go-pg's
	}
	p := &parser{src: src, m: m, model: modelName, uniques: map[string][]*model.Field{}, depth: depth}
	p.fields(st, nil, map[*types.Struct]bool{st: true})
	m.StrayActions = nil
	if !p.guessed {
		m.StrayActions = candidateStrays(m)
	}
	for _, f := range m.Fields {
		if f.PrimaryKey {
			m.PrimaryKey = append(m.PrimaryKey, f.Name)
		}
	}
	if len(m.PrimaryKey) > 0 {
		if f := m.Field(m.PrimaryKey[0]); f != nil {
			f.Indexed = true
			f.Unique = len(m.PrimaryKey) == 1
		}
	}
	for _, n := range p.order {
		fs := p.uniques[n]
		if len(fs) > 0 {
			fs[0].Indexed = true
		}
		if len(fs) == 1 {
			fs[0].Unique = true
		} else if len(fs) > 1 {
			m.UniqueKeys = append(m.UniqueKeys, dialects.FieldNames(fs))
		}
	}
	return m
}

func tagOpts(t *model.Tag) []model.Option {
	if t == nil {
		return nil
	}
	return t.Options
}

func (p *parser) fields(st *types.Struct, path []string, seen map[*types.Struct]bool) {
	for i := 0; i < st.NumFields(); i++ {
		v := st.Field(i)
		if dialects.Invalid(v.Type()) {
			continue
		}
		raw, _, hasTag := dialects.TagValue(st.Tag(i), "pg")
		var tag *model.Tag
		if !hasTag {
			if pr, bad := dialects.MalformedTag(p.src, v, st.Tag(i), "pg", "go-pg"); bad {
				p.m.Problems = append(p.m.Problems, pr)
			}
		}
		if hasTag {
			tag, _ = dialects.Tag(p.src, v, st.Tag(i), "pg", ",", ParseTag)
		}
		t := Fold(tagOpts(tag))
		if v.Anonymous() {
			sqlTag, _, _ := dialects.TagValue(st.Tag(i), "sql")
			if raw == "-" || sqlTag == "-" {
				continue
			}
			if sub, ok := dialects.Deref(v.Type()).Underlying().(*types.Struct); ok && !seen[sub] {
				seen[sub] = true
				p.fields(sub, append(path, v.Name()), seen)
				delete(seen, sub)
				// inherit: the embedded type's names become this model's
				// (Table.addFields copies TypeName, SQLName, ModelName).
				if t.Has("inherit") && p.depth < 8 {
					if named, _, _ := dialects.Target(v.Type()); named != nil {
						if em := parse(named, nil, p.depth+1); em != nil {
							p.m.Table, p.m.TableBase = em.Table, em.TableBase
							p.m.KeyName = named.Obj().Name()
							if em.KeyName != "" {
								p.m.KeyName = em.KeyName
							}
						}
					}
				}
			}
			continue
		}
		if v.Name() == "tableName" {
			if len(path) == 0 && tag != nil {
				p.table(v, tag, t)
			}
			continue
		}
		if !v.Exported() {
			continue
		}
		if tag != nil {
			p.problems(v, tag, t)
		}
		if t.Has("rel") || t.Has("many2many") {
			if t.Name != "-" {
				p.relation(v, tag, path)
				continue
			}
		}
		if t.Name != "-" && !t.Has("type") && mayGuessRelation(v.Type()) {
			p.guessed = true
		}
		p.column(v, tag, t, path)
	}
}

// mayGuessRelation: tryRelation's untagged case, a struct (not a Scanner,
// not time.Time) or a slice of structs, which go-pg tries as has-one,
// belongs-to or has-many on its own.
func mayGuessRelation(t types.Type) bool {
	if named, _, _ := dialects.Target(t); named != nil {
		return !dialects.IsNamed(named, "time", "Time") && !dialects.HasMethod(named, "Scan")
	}
	return false
}

// table reads the tableName field: the table name, "_" for none.
func (p *parser) table(v *types.Var, tag *model.Tag, t Tag) {
	if t.Name == "_" {
		p.m.Table, p.m.TableBase = "", ""
	} else if t.Name != "" {
		s, _ := Unquote(t.Name)
		p.m.Table, p.m.TableBase = s, ""
	}
	for _, o := range tag.Options {
		if o.Key == "" || tableOptions[o.Key] {
			continue
		}
		p.add(v, tag, fmt.Sprintf("unknown go-pg table option %q, which go-pg ignores (with a warning at run time)", o.Key), o, tableOptions)
	}
}

func (p *parser) column(v *types.Var, tag *model.Tag, t Tag, path []string) {
	col := dialects.Underscore(v.Name())
	skip := t.Name == "-"
	if !skip && t.Name != "" {
		col = t.Name
	}
	// A later field with the same column replaces the earlier one.
	for i, f := range p.m.Fields {
		if f.Column == col {
			p.m.Fields = append(p.m.Fields[:i:i], p.m.Fields[i+1:]...)
			break
		}
	}
	f := &model.Field{
		Name:    v.Name(),
		Path:    strings.Join(append(append([]string(nil), path...), v.Name()), "."),
		Column:  col,
		Type:    dialects.Classify(v.Type()),
		Pos:     dialects.Pos(p.src, v.Pos()),
		Tag:     tag,
		Ignored: skip,
	}
	dialects.Place(p.src, v, f)
	f.NotNull = t.Has("notnull")
	f.Default = t.Has("default")
	// go-pg writes a zero value as NULL unless use_zero is set, and reads
	// NULL back as the zero value: such a column holds NULL either way.
	if !t.Has("use_zero") {
		f.Type.Nullable = true
	}
	if !skip {
		switch {
		case t.Has("pk"):
			f.PrimaryKey = true
		case strings.HasSuffix(col, "_id") || strings.HasSuffix(col, "_uuid") || strings.HasPrefix(col, "fk_"):
		case !p.hasPK() && !t.Has("nopk") && (col == "id" || col == "uuid" || col == "pk_"+p.model):
			f.PrimaryKey = true
		}
		if f.PrimaryKey {
			f.NotNull = true
			f.Type.Nullable = false
		}
		if v, ok := t.Option("unique"); ok {
			if v == "" {
				f.Unique = true
				f.Indexed = true
			}
			v, _ = Unquote(v)
			for _, n := range strings.Split(v, ",") {
				if _, ok := p.uniques[n]; !ok {
					p.order = append(p.order, n)
				}
				p.uniques[n] = append(p.uniques[n], f)
			}
		}
		if t.Has("soft_delete") {
			p.m.SoftDelete = true
		}
	}
	p.m.Fields = append(p.m.Fields, f)
}

func (p *parser) hasPK() bool {
	for _, f := range p.m.Fields {
		if f.PrimaryKey {
			return true
		}
	}
	return false
}

func (p *parser) relation(v *types.Var, tag *model.Tag, path []string) {
	r := &model.Relation{
		Name:  v.Name(),
		Owner: p.m.Ref,
		Pos:   dialects.Pos(p.src, v.Pos()),
		Tag:   tag,
		Embed: strings.Join(path, "."),
	}
	named, _, many := dialects.Target(v.Type())
	r.Many = many
	if named == nil {
		return // not a struct: go-pg panics; tag-syntax says so
	}
	r.Target = dialects.RefOf(named)
	p.m.Relations = append(p.m.Relations, r)
}

func (p *parser) add(v *types.Var, tag *model.Tag, msg string, o model.Option, known map[string]bool) {
	pr := model.Problem{Field: v.Name(), Pos: dialects.Pos(p.src, v.Pos()), Tag: tag, Message: v.Name() + ": " + msg,
		Start: o.Start, End: o.End}
	if known != nil {
		var ks []string
		for k := range known {
			ks = append(ks, k)
		}
		if s := spell.Nearest(o.Key, ks); s != "" {
			pr.Message += "; did you mean " + s + "?"
			pr.End, pr.Fix, pr.Replace = o.Start+len(o.Key), true, s
		}
	}
	p.m.Problems = append(p.m.Problems, pr)
}

func (p *parser) addAt(v *types.Var, tag *model.Tag, msg string, start, end int, fix bool, repl string) {
	p.m.Problems = append(p.m.Problems, model.Problem{Field: v.Name(), Pos: dialects.Pos(p.src, v.Pos()), Tag: tag,
		Message: v.Name() + ": " + msg, Start: start, End: end, Fix: fix, Replace: repl})
}

// why gives the last problem its detail.
func (p *parser) why(s string) { p.m.Problems[len(p.m.Problems)-1].Detail = s }

// problems records what go-pg warns about and ignores, or panics on.
func (p *parser) problems(v *types.Var, tag *model.Tag, t Tag) {
	rel, hasRel := t.Option("rel")
	if _, m2m := t.Option("many2many"); m2m && !hasRel {
		rel, hasRel = "many2many", true
	}
	// newField warns only when the name differs from the field's own
	// column name: Type string `pg:"type,type:text"` is fine.
	if t.Name != "" && t.Name != dialects.Underscore(v.Name()) && fieldOptions[t.Name] && len(tag.Options) > 0 {
		o := tag.Options[0]
		if flagOptions[t.Name] {
			p.addAt(v, tag, fmt.Sprintf("%q in first position is the column name, not the option; write ,%s",
				t.Name, t.Name), o.Start, o.End, true, ","+t.Name)
			p.why(fmt.Sprintf("go-pg names the column %q (and warns).", t.Name))
		} else {
			// A bare type or default is no option at all, so the name
			// can only mean the column, which go-pg maps as written: the
			// one consequence is its warning at startup. No edit: ,type
			// would only rename the column.
			p.m.Problems = append(p.m.Problems, model.Problem{Field: v.Name(), Pos: dialects.Pos(p.src, v.Pos()), Tag: tag,
				Start: o.Start, End: o.End, Warning: true,
				Message: v.Name() + ": " + fmt.Sprintf("%q in first position is the column name, not an option; fine if that column is meant", t.Name),
				Detail: fmt.Sprintf("go-pg names the column %q as written, and logs \"tag name %q is also an option name; is it a mistake?\".",
					t.Name, t.Name)})
		}
	}
	kind := strings.TrimSpace(rel)
	for i, o := range tag.Options {
		if i == 0 && o.Key == "" && o.HasValue {
			continue // the column name
		}
		switch {
		case !fieldOptions[o.Key]:
			p.add(v, tag, fmt.Sprintf("unknown go-pg option %q, which go-pg ignores", o.Key), o, fieldOptions)
			p.why("go-pg warns about it at run time.")
		case o.Key == "rel":
			ok := false
			for _, k := range relKinds {
				ok = ok || k == o.Value
			}
			if !ok {
				msg := fmt.Sprintf("%q is not a go-pg relation", o.Value)
				if s := spell.Nearest(o.Value, relKinds); s != "" && o.ValueStart >= 0 {
					p.addAt(v, tag, msg+"; did you mean "+s+"?", o.ValueStart, o.End, true, s)
				} else {
					p.addAt(v, tag, msg, o.Start, o.End, false, "")
				}
				p.why(fmt.Sprintf("go-pg panics with \"pg: unknown relation=%s on field=%s\". The relations are has-one, belongs-to, has-many and many2many.",
					o.Value, v.Name()))
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
					p.addAt(v, tag, msg+"; did you mean "+s+"?", o.ValueStart, o.End, true, s)
				} else {
					p.addAt(v, tag, msg, o.Start, o.End, false, "")
				}
				p.why("go-pg pastes it into the DDL unchecked. The actions are CASCADE, RESTRICT, SET NULL, SET DEFAULT and NO ACTION.")
			}
		case o.Key == "fk" && hasRel && (kind == "belongs-to" || kind == "has-many"):
			p.addAt(v, tag, fmt.Sprintf("go-pg ignores fk: on rel:%s; name the key column with join_fk:", kind), o.Start, o.End, false, "")
			p.why("The key is a column of the other model, named with join_fk: (its full column name).")
		case o.Key == "polymorphic" && hasRel && kind != "has-many":
			p.addAt(v, tag, fmt.Sprintf("go-pg ignores polymorphic on rel:%s; only rel:has-many is polymorphic", kind), o.Start, o.End, false, "")
		case (o.Key == "fk" || o.Key == "join_fk" || o.Key == "polymorphic") && !hasRel && !structish(v.Type()):
			p.addAt(v, tag, fmt.Sprintf("%s only means something on a relation (rel:), so go-pg ignores it on this column", o.Key), o.Start, o.End, false, "")
		}
	}
	if !hasRel {
		return
	}
	o, _ := tag.Option("rel")
	if _, ok := tag.Option("rel"); !ok {
		o, _ = tag.Option("many2many")
	}
	got := kindOf(v.Type())
	switch kind {
	case "has-one", "belongs-to":
		if got != "struct" {
			p.addAt(v, tag, fmt.Sprintf("rel:%s needs a struct (or pointer to struct) field", kind), o.Start, o.End, false, "")
			p.why(fmt.Sprintf("go-pg panics with \"got %s, wanted struct\".", got))
		}
	case "has-many":
		if got != "slice" {
			p.addAt(v, tag, "rel:has-many needs a slice field", o.Start, o.End, false, "")
			p.why(fmt.Sprintf("go-pg panics with %q.", fmt.Sprintf("pg: %s.%s has-many relation requires slice, got %q", typeName(p.m.Ref.Name), v.Name(), got)))
		}
	case "many2many":
		if got != "slice" {
			p.addAt(v, tag, "many2many needs a slice field", o.Start, o.End, false, "")
			p.why(fmt.Sprintf("go-pg panics with %q.", fmt.Sprintf("pg: %s.%s many2many relation requires slice, got %q", typeName(p.m.Ref.Name), v.Name(), got)))
		} else if !t.Has("many2many") {
			p.addAt(v, tag, "rel:many2many needs many2many:<table>", o.Start, o.End, false, "")
			p.why(fmt.Sprintf("go-pg panics with \"pg: %s must have many2many tag option\".", v.Name()))
		}
	}
}

// kindOf is reflect's Kind of the field type with pointers stripped, as
// go-pg's indirectType sees it.
func kindOf(t types.Type) string {
	switch u := dialects.Deref(t).Underlying().(type) {
	case *types.Struct:
		return "struct"
	case *types.Slice:
		return "slice"
	case *types.Array:
		return "array"
	case *types.Map:
		return "map"
	case *types.Basic:
		switch u.Kind() {
		case types.Int, types.Int8, types.Int16, types.Int32, types.Int64, types.Uint, types.Uint8,
			types.Uint16, types.Uint32, types.Uint64, types.Float32, types.Float64, types.String, types.Bool:
			return u.Name()
		}
	case *types.Interface:
		return "interface"
	}
	return "non-struct"
}

// structish reports a struct, or a slice of structs: fields go-pg may
// still take as relations without rel: (its deprecated guessing).
func structish(t types.Type) bool {
	n, _, _ := dialects.Target(t)
	return n != nil
}
