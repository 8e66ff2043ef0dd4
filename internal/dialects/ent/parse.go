package ent

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/spell"
)

// Name is the dialect's name in -dialects.
const Name = "ent"

// Dialect is ent's entry in the analyzer's dialect list.
var Dialect = &dialects.Dialect{
	Name:        Name,
	ImportPath:  ImportPath,
	IsCandidate: IsCandidate,
	Parse:       Parse,
	Resolve:     Resolve,
	Link:        Link,
	Parts:       Parts,
	// entc generates the migration from the schema, foreign keys
	// included (migrate/schema.go), in auto and versioned migrations.
	MigratesFKs: true,
}

var vocab = model.Vocab{ORM: "ent", Unique: "Unique()", FKOption: "Field()", FailsAt: "at code generation"}

// IsCandidate: a schema embeds ent.Schema. Mixins embed mixin.Schema and
// are read through the schemas that use them.
func IsCandidate(st *types.Struct) bool { return embedsSchema(st, 0) }

// Edge builder settings, kept as the options of a synthetic "ent" tag so
// that they travel in facts with the model: Resolve and Link of another
// package read them back.
const (
	optInverse   = "inverse"   // edge.From
	optRef       = "ref"       // Ref("name")
	optUnique    = "unique"    // Unique()
	optRequired  = "required"  // Required()
	optImmutable = "immutable" // Immutable()
	optField     = "field"     // Field("owner_id")
	optColumn    = "column"    // StorageKey(edge.Column("..."))
	optTable     = "table"     // StorageKey(edge.Table("..."))
	optThrough   = "through"   // Through("name", T.Type)
	optOnDelete  = "ondelete"  // entsql.OnDelete on the edge
	optOptional  = "optional"  // a field's Optional()
	optIDType    = "type"      // a field's builder type (int, string, uuid...)
)

type reader struct {
	src   dialects.Source
	decls dialects.DeclSource
	info  *types.Info
	m     *model.Model
	ownID bool // Fields() declares "id"
	pkg   *types.Package
	part  bool // reading a mixin, which has no default id
	files map[*ast.File]*model.FileImports
}

// Parse reads a schema type's Mixin, Fields, Edges and Annotations
// methods. Relations keep their builder settings; Link decides kinds and
// keys once every schema of the package is read, as entc does.
func Parse(named *types.Named, src dialects.Source) *model.Model {
	obj := named.Obj()
	if p := obj.Pkg(); p != nil && p.Path() == ImportPath {
		return nil // ent's own base types (View embeds Schema) are no schemas
	}
	if !obj.Exported() {
		return nil // entc loads exported types only: a shared base is no schema
	}
	m := &model.Model{
		Ref:        dialects.RefOf(named),
		Dialect:    Name,
		Table:      table(obj.Name()),
		Pos:        dialects.Pos(src, obj.Pos()),
		PrimaryKey: []string{"id"},
		Vocab:      vocab,
	}
	m.Fields = append(m.Fields, idField("int", token.NoPos, src))
	r := &reader{src: src, m: m, pkg: obj.Pkg()}
	r.decls, _ = src.(dialects.DeclSource)
	if r.decls == nil {
		// Export data only: the model's code cannot be read.
		m.Partial = true
		return m
	}
	r.info = r.decls.Info()
	r.mixins(named)
	r.fields(named)
	r.edges(named)
	r.annotations(named)
	if r.method(named, "Indexes") != nil {
		m.IndexesElsewhere = true
	}
	if m.Partial && !r.ownID {
		// A mixin relcheck could not read may declare the ID: its type
		// is unknown, and never compared.
		m.Fields[0] = idField("", token.NoPos, src)
	}
	return m
}

func idField(typ string, pos token.Pos, src dialects.Source) *model.Field {
	return &model.Field{Name: "id", Column: "id", Type: fieldType(typ), PrimaryKey: true, Unique: true, Indexed: true,
		NotNull: true, Pos: dialects.Pos(src, pos), Tag: &model.Tag{Key: Name, Options: []model.Option{{Key: optIDType, Value: typ, HasValue: true}}}}
}

// method returns the declaration of a schema method written in this
// package for t; nil when t only inherits ent.Schema's default.
func (r *reader) method(t types.Type, name string) *ast.FuncDecl {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil
	}
	switch fn.Pkg().Path() {
	case ImportPath, mixinPkg:
		return nil // the embedded default: no fields, no edges
	}
	fd := r.decls.FuncDecl(fn)
	if fd == nil {
		// Written in another package: relcheck cannot read it here.
		r.m.Partial = true
	}
	return fd
}

// list returns the elements a schema method returns, marking the model
// partial when it builds them in a way relcheck does not follow.
func (r *reader) list(t types.Type, name string) (*ast.FuncDecl, []ast.Expr) {
	fd := r.method(t, name)
	if fd == nil {
		return nil, nil
	}
	elts, ok := elements(fd, r.info)
	if !ok {
		r.m.Partial = true
	}
	return fd, elts
}

// mixins reads the fields and edges of each mixin, before the schema's
// own, as ent orders them.
func (r *reader) mixins(t types.Type) {
	fd, elts := r.list(t, "Mixin")
	for _, e := range elts {
		mt := r.info.TypeOf(local(fd, r.info, e))
		if mt == nil {
			r.m.Partial = true
			continue
		}
		n, _ := dialects.Deref(mt).(*types.Named)
		if n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg() != r.pkg {
			if n.Obj().Pkg().Path() == mixinPkg {
				continue // ent's own mixins add time columns, never keys or edges
			}
			r.merge(r.decls.Part(n.Obj()))
			continue
		}
		r.fields(mt)
		r.edges(mt)
	}
}

// merge adds a mixin of another package, as its package's fact carries
// it; without one, the schema is partial.
func (r *reader) merge(part *model.Model) {
	if part == nil {
		r.m.Partial = true
		return
	}
	r.m.Partial = r.m.Partial || part.Partial
	for _, f := range part.Fields {
		c := *f
		if c.Name == "id" {
			r.m.Fields[0], r.ownID = &c, true
			continue
		}
		r.m.Fields = append(r.m.Fields, &c)
	}
	for _, rel := range part.Relations {
		c := *rel
		c.Owner = r.m.Ref
		c.Target = model.Ref{Pkg: r.m.Ref.Pkg, Name: rel.Target.Name}
		t := *rel.Tag
		t.Options = append([]model.Option(nil), rel.Tag.Options...)
		c.Tag = &t
		r.m.Relations = append(r.m.Relations, &c)
	}
}

// Parts reads the package's mixins (types embedding mixin.Schema), so
// that schemas of other packages that use them see their fields and
// edges.
func Parts(pkg *types.Package, src dialects.Source) []*model.Model {
	decls, _ := src.(dialects.DeclSource)
	if decls == nil {
		return nil
	}
	var out []*model.Model
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 || !isMixin(named) {
			continue
		}
		m := &model.Model{Ref: dialects.RefOf(named), Dialect: Name, Pos: dialects.Pos(src, tn.Pos()), Vocab: vocab}
		r := &reader{src: src, decls: decls, info: decls.Info(), m: m, pkg: pkg, part: true}
		r.fields(named)
		r.edges(named)
		if len(m.Fields) > 0 || len(m.Relations) > 0 || m.Partial {
			out = append(out, m)
		}
	}
	return out
}

func isMixin(n *types.Named) bool {
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Embedded() && dialects.IsNamed(f.Type(), mixinPkg, "Schema") {
			return true
		}
	}
	return false
}

// fields reads Fields(): names, types, Optional, Unique, Immutable and
// storage keys; an "id" field replaces the default key.
func (r *reader) fields(t types.Type) {
	fd, elts := r.list(t, "Fields")
	for _, e := range elts {
		pkg, steps, ok := chain(local(fd, r.info, e), r.info)
		if !ok || pkg != fieldPkg || len(steps[0].call.Args) == 0 {
			r.m.Partial = true
			continue
		}
		name, ok := str(r.info, steps[0].call.Args[0])
		if !ok {
			r.m.Partial = true
			continue
		}
		typ := builderType(steps[0].name)
		if name == "id" {
			id := idField(typ, steps[0].call.Pos(), r.src)
			id.Column = storageKey(r.info, steps, id.Column)
			if r.part {
				r.m.Fields = append(r.m.Fields, id)
			} else {
				r.m.Fields[0] = id
			}
			r.ownID = true
			continue
		}
		f := &model.Field{Name: name, Column: snake(name), Type: fieldType(typ), NotNull: true,
			Pos:   dialects.Pos(r.src, steps[0].call.Pos()),
			Chain: &model.Chain{End: r.pos(steps[len(steps)-1].call.End())},
			Tag:   &model.Tag{Key: Name, Options: []model.Option{{Key: optIDType, Value: typ, HasValue: true}}}}
		for _, s := range steps[1:] {
			switch s.name {
			case "Optional":
				f.NotNull = false
				f.Type.Nullable = true
				f.Tag.Options = append(f.Tag.Options, model.Option{Key: optOptional})
			case "Unique":
				f.Unique, f.Indexed = true, true
			case "Default": // DefaultFunc is Go-side only: no column default
				f.Default = true
			case "Immutable":
				f.Tag.Options = append(f.Tag.Options, model.Option{Key: optImmutable})
			case "StorageKey":
				if len(s.call.Args) == 1 {
					if v, ok := str(r.info, s.call.Args[0]); ok {
						f.Column = v
					}
				}
			}
		}
		r.m.Fields = append(r.m.Fields, f)
	}
}

// edges reads Edges(): one relation per edge.To or edge.From, two for a
// To(...).From(...) chain.
func (r *reader) edges(t types.Type) {
	fd, elts := r.list(t, "Edges")
	for _, e := range elts {
		pkg, steps, ok := chain(local(fd, r.info, e), r.info)
		if !ok || pkg != edgePkg || (steps[0].name != "To" && steps[0].name != "From") || len(steps[0].call.Args) != 2 {
			r.m.Partial = true
			continue
		}
		name, ok1 := str(r.info, steps[0].call.Args[0])
		target, ok2 := schemaType(r.info, steps[0].call.Args[1])
		if !ok1 || !ok2 {
			r.m.Partial = true
			continue
		}
		cur := r.relation(name, target, steps[0].call.Pos(), steps[0].name == "From")
		start := 0
		for i, s := range steps[1:] {
			switch s.name {
			case "From":
				// To(...).From("parent"): the inverse of the edge just
				// built, on the same schema and of the same type.
				if len(s.call.Args) != 1 {
					continue
				}
				inv, ok := str(r.info, s.call.Args[0])
				if !ok {
					r.m.Partial = true
					continue
				}
				assoc := cur
				assoc.Chain, start = r.segment(steps[start:i+1]), i+1
				cur = r.relation(inv, target, s.call.Pos(), true)
				set(cur, optRef, assoc.Name)
			default:
				r.setting(cur, s)
			}
		}
		cur.Chain = r.segment(steps[start:])
	}
}

func (r *reader) relation(name, target string, pos token.Pos, inverse bool) *model.Relation {
	rel := &model.Relation{
		Name:   name,
		Owner:  r.m.Ref,
		Target: model.Ref{Pkg: r.m.Ref.Pkg, Name: target},
		Pos:    dialects.Pos(r.src, pos),
		Tag:    &model.Tag{Key: Name},
	}
	if inverse {
		set(rel, optInverse, "")
	}
	r.m.Relations = append(r.m.Relations, rel)
	return rel
}

// setting records one builder call of an edge chain.
func (r *reader) setting(rel *model.Relation, s step) {
	arg := func(i int) string {
		if i < len(s.call.Args) {
			v, _ := str(r.info, s.call.Args[i])
			return v
		}
		return ""
	}
	switch s.name {
	case "Ref":
		set(rel, optRef, arg(0))
	case "Unique":
		set(rel, optUnique, "")
	case "Required":
		set(rel, optRequired, "")
	case "Immutable":
		set(rel, optImmutable, "")
	case "Field":
		set(rel, optField, arg(0))
	case "Through":
		set(rel, optThrough, arg(0))
		if len(s.call.Args) == 2 {
			if t, ok := schemaType(r.info, s.call.Args[1]); ok {
				set(rel, optThroughType, t)
			}
		}
	case "StorageKey":
		for _, a := range s.call.Args {
			if _, steps, ok := chain(a, r.info); ok && len(steps) == 1 && len(steps[0].call.Args) == 1 {
				switch steps[0].name {
				case "Column":
					set(rel, optColumn, arg0(r.info, steps[0]))
				case "Table":
					set(rel, optTable, arg0(r.info, steps[0]))
				}
			}
		}
	case "Annotations":
		if a, ok := onDelete(r.info, s.call.Args); ok {
			// Kept as written, valid or not: entc pastes it into the DDL.
			r.checkAction(rel.Name, a)
			set(rel, optOnDelete, a.value)
			rel.OnDelete = a.value
		}
	}
}

func arg0(info *types.Info, s step) string {
	v, _ := str(info, s.call.Args[0])
	return v
}

// checkAction reports an action ent would paste into the DDL that no
// database reads as one.
func (r *reader) checkAction(where string, a action) {
	if validAction(a.value) {
		return
	}
	p := model.Problem{Field: where, Pos: dialects.Pos(r.src, a.pos),
		Message: fmt.Sprintf("%s: %q is not a referential action; use one of entsql's constants", where, a.value),
		Detail: "go generate accepts it, but entc writes it into ent/migrate/schema.go as a constant " +
			"that ent's dialect/sql/schema does not declare, so the generated package does not compile. The constants are " +
			"entsql.Cascade, entsql.SetNull, entsql.Restrict, entsql.NoAction and entsql.SetDefault."}
	if s := spell.Nearest(a.value, actions); s != "" {
		p.Message = fmt.Sprintf("%s: %q is not a referential action; did you mean %q?", where, a.value, s)
		p.Fixes = r.spellingFix(a, s)
	}
	r.m.Problems = append(r.m.Problems, p)
}

// annotations reads the schema-level Annotations(): an OnDelete there
// sets no foreign key's action (entsql reads it only on edges).
func (r *reader) annotations(t types.Type) {
	fd := r.method(t, "Annotations")
	if fd == nil {
		return
	}
	elts, _ := elements(fd, r.info)
	r.compositeID(elts)
	if t, ok := tableName(r.info, elts); ok {
		r.m.Table = t
	}
	if a, ok := onDelete(r.info, elts); ok {
		r.m.StrayActions = append(r.m.StrayActions, model.StrayAction{
			Pos:    dialects.Pos(r.src, a.pos),
			Action: "ON DELETE " + a.value,
			Why:    "ent reads OnDelete only from an edge's annotations, never from the schema's",
			Fix:    "move it to the edge.To that owns the foreign key",
			Chain:  r.listDrop(fd, a),
		})
	}
}

func set(r *model.Relation, key, value string) {
	for i, o := range r.Tag.Options {
		if o.Key == key {
			r.Tag.Options[i].Value = value
			return
		}
	}
	r.Tag.Options = append(r.Tag.Options, model.Option{Key: key, Value: value, HasValue: value != ""})
}

func get(r *model.Relation, key string) (string, bool) {
	for _, o := range r.Tag.Options {
		if o.Key == key {
			return o.Value, true
		}
	}
	return "", false
}

func has(r *model.Relation, key string) bool {
	_, ok := get(r, key)
	return ok
}

// builderType is the column type a field builder makes, as entc compares
// an edge field with the referenced ID (field.Type, not the Go type).
func builderType(fn string) string {
	if t, ok := builderTypes[fn]; ok {
		return t
	}
	return "json" // JSON, Strings, Ints, Floats, Any
}

var builderTypes = map[string]string{
	"Int": "int", "Int8": "int8", "Int16": "int16", "Int32": "int32", "Int64": "int64",
	"Uint": "uint", "Uint8": "uint8", "Uint16": "uint16", "Uint32": "uint32", "Uint64": "uint64",
	"Float": "float64", "Float32": "float32", "Bool": "bool", "Time": "time", "Bytes": "bytes",
	"Enum": "enum", "UUID": "uuid", "Other": "other", "String": "string", "Text": "string",
}

// fieldType classifies a builder type for key comparisons.
func fieldType(typ string) model.Type {
	t := model.Type{Go: typ, Class: model.ClassOther}
	switch typ {
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		t.Class = model.ClassInt
	case "string", "enum":
		t.Class = model.ClassString
	case "uuid":
		t.Class = model.ClassUUID
	case "time":
		t.Class = model.ClassTime
	case "bool":
		t.Class = model.ClassBool
	case "float64", "float32":
		t.Class = model.ClassFloat
	case "bytes":
		t.Class = model.ClassBytes
	}
	return t
}
