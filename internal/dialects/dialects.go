// Package dialects holds what every ORM dialect needs from go/types: where a
// field's tag sits in the file, how a Go type behaves as a key column, and
// how to see through pointers, slices and aliases to a model struct. The
// dialects themselves live in the sub-packages, one per ORM.
package dialects

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/fatih/structtag"

	"github.com/relcheck/relcheck/internal/model"
)

// Source maps go/types objects back to source. Models built from export
// data (an imported package without facts) have no source; a nil Source,
// or one that does not know a field, yields zero positions and no fixes.
type Source interface {
	Position(token.Pos) model.Pos
	// TagLit returns the position of the field's tag literal (its opening
	// quote) and whether it is a raw `...` string.
	TagLit(*types.Var) (token.Pos, bool)
}

// Pos is a nil-safe Source.Position.
func Pos(src Source, p token.Pos) model.Pos {
	if src == nil || !p.IsValid() {
		return model.Pos{}
	}
	return src.Position(p)
}

// Tag returns the named key of a field's struct tag, tokenized by parse,
// with positions when the source is known. ok is false when the key is
// absent.
func Tag(src Source, v *types.Var, tag, key, sep string, parse func(string) []model.Option) (*model.Tag, bool) {
	value, off, ok := TagValue(tag, key)
	if !ok {
		return nil, false
	}
	t := &model.Tag{Key: key, Value: value, Options: parse(value), Open: !appendable(value, sep, parse)}
	if src == nil {
		return t, true
	}
	lit, raw := src.TagLit(v)
	if lit.IsValid() {
		t.Raw = raw
		if raw {
			t.Pos = src.Position(lit + 1 + token.Pos(off))
		} else {
			t.Pos = src.Position(lit) // offsets do not map through escapes
		}
	}
	return t, true
}

// appendable reports whether an option written after value, behind sep,
// is read as an option of its own, as fixes that add one assume.
func appendable(value, sep string, parse func(string) []model.Option) bool {
	if value == "" {
		return true
	}
	const probe = "relcheckprobe"
	text := value
	if !strings.HasSuffix(value, sep) {
		text += sep
	}
	opts := parse(text + probe)
	if len(opts) == 0 {
		return false
	}
	last := opts[len(opts)-1]
	return last.Key == probe && !last.HasValue && last.Start == len(text)
}

// MalformedTag returns the problem of a field whose struct tag mentions
// key but is not well formed, so that the ORM (orm, its display name)
// never sees any of its settings.
func MalformedTag(src Source, v *types.Var, tag, key, orm string) (model.Problem, bool) {
	if !Malformed(tag, key) {
		return model.Problem{}, false
	}
	return model.Problem{Field: v.Name(), Pos: Pos(src, v.Pos()),
		Message: fmt.Sprintf("%s: the struct tag is malformed, so %s ignores all of it; write key:\"value\" pairs", v.Name(), orm),
		Detail: fmt.Sprintf("A struct tag is key:\"value\" pairs separated by spaces; Go's reflect cannot find the %s key in this one, "+
			"so %s ignores every setting in it.", key, orm)}, true
}

// Malformed reports whether a struct tag that mentions key is not a
// well-formed list of key:"value" pairs, so that reflect, and so the ORM,
// may never see key. A well-formed tag that merely contains "key:" inside
// another key's value is not malformed.
func Malformed(tag, key string) bool {
	if !strings.Contains(tag, key+":") {
		return false
	}
	if _, _, ok := TagValue(tag, key); ok {
		return false
	}
	_, err := structtag.Parse(tag)
	return err != nil
}

// TagValue is reflect.StructTag.Lookup that also returns the byte offset of
// the unquoted value within tag. The offset is exact when the value has no
// escapes, which is what fixes require (they are only offered then).
func TagValue(tag, key string) (value string, offset int, ok bool) {
	i := 0
	for i < len(tag) {
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		if i >= len(tag) {
			break
		}
		start := i
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == start || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := tag[start:i]
		i++
		q := i
		i++
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		quoted := tag[q : i+1]
		i++
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				return "", 0, false
			}
			return v, q + 1, true
		}
	}
	return "", 0, false
}

// Underscore is how Bun and go-pg derive a column or table name from a Go
// name (their internal.Underscore): ASCII capitals are lowered, and an
// inner one next to a lower-case letter opens a word ("UserID" -> "user_id").
func Underscore(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 4)
	lowerAt := func(i int) bool { return 'a' <= s[i] && s[i] <= 'z' }
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			b.WriteByte(c)
			continue
		}
		if i > 0 && i < len(s)-1 && (lowerAt(i-1) || lowerAt(i+1)) {
			b.WriteByte('_')
		}
		b.WriteByte(c + 'a' - 'A')
	}
	return b.String()
}

// Deref strips pointers and aliases.
func Deref(t types.Type) types.Type {
	for {
		t = types.Unalias(t)
		p, ok := t.(*types.Pointer)
		if !ok {
			return t
		}
		t = p.Elem()
	}
}

// Target sees through pointers, slices and arrays to a named struct, which
// is what a relation field points at. many reports a slice or array. A
// nil type (an expression the type checker gave up on) has none.
func Target(t types.Type) (named *types.Named, st *types.Struct, many bool) {
	t = Deref(t)
	if t == nil {
		return nil, nil, false
	}
	// A named slice type (type Posts []Post) is a slice all the same.
	switch u := t.Underlying().(type) {
	case *types.Slice:
		many = true
		t = Deref(u.Elem())
	case *types.Array:
		many = true
		t = Deref(u.Elem())
	}
	n, ok := t.(*types.Named)
	if !ok {
		return nil, nil, many
	}
	s, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil, nil, many
	}
	return n, s, many
}

// RefOf names a model type. An instantiated generic is named with its
// type arguments, as reflect (and so GORM) names it: Page[int]. A type
// declared inside a function is named after the function too (LocalName),
// since one package may declare many such types of one name.
func RefOf(n *types.Named) model.Ref {
	obj := n.Obj()
	ref := model.Ref{Name: obj.Name()}
	if obj.Pkg() != nil {
		ref.Pkg = obj.Pkg().Path()
		if IsLocal(obj) {
			ref.Name = LocalName(obj)
		}
	}
	if args := n.TypeArgs(); args != nil && args.Len() > 0 {
		parts := make([]string, args.Len())
		for i := range parts {
			parts[i] = types.TypeString(args.At(i), qualifier)
		}
		ref.Name += "[" + strings.Join(parts, ",") + "]"
	}
	return ref
}

// IsLocal reports whether a type is declared inside a function.
func IsLocal(obj *types.TypeName) bool {
	return obj.Pkg() != nil && obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope()
}

// LocalName names a function-local type after its function:
// "TestCreate.User", "Suite.TestCreate.User" for a method, and
// "TestCreate.User#2" for the second User declared in that function (in
// an inner block), and so on in source order. Earlier types keep their
// names when later ones are added. A type inside init or a function
// literal outside any function is named "func1.User", "func2.User"...
func LocalName(obj *types.TypeName) string {
	pkg := obj.Pkg().Scope()
	fn := obj.Parent()
	for fn.Parent() != nil && fn.Parent() != pkg && fn.Parent().Parent() != pkg {
		fn = fn.Parent()
	}
	name := funcName(pkg, fn) + "." + obj.Name()
	var same []*types.TypeName
	var walk func(s *types.Scope)
	walk = func(s *types.Scope) {
		if tn, ok := s.Lookup(obj.Name()).(*types.TypeName); ok {
			same = append(same, tn)
		}
		for i := 0; i < s.NumChildren(); i++ {
			walk(s.Child(i))
		}
	}
	walk(fn)
	n := 1
	for _, tn := range same {
		if tn.Pos() < obj.Pos() {
			n++
		}
	}
	if n > 1 {
		name += "#" + strconv.Itoa(n)
	}
	return name
}

// funcName finds the function or method whose scope is fn. A scope of
// no declared function (init, a function literal outside any function) is
// "func1", "func2"... in source order.
func funcName(pkg, fn *types.Scope) string {
	named := map[*types.Scope]string{}
	for _, n := range pkg.Names() {
		switch o := pkg.Lookup(n).(type) {
		case *types.Func:
			named[o.Scope()] = o.Name()
		case *types.TypeName:
			if t, ok := o.Type().(*types.Named); ok && !o.IsAlias() {
				for i := 0; i < t.NumMethods(); i++ {
					named[t.Method(i).Scope()] = o.Name() + "." + t.Method(i).Name()
				}
			}
		}
	}
	if n, ok := named[fn]; ok {
		return n
	}
	k := 1
	for i := 0; i < pkg.NumChildren(); i++ {
		file := pkg.Child(i)
		for j := 0; j < file.NumChildren(); j++ {
			if s := file.Child(j); named[s] == "" && s != fn && s.Pos() < fn.Pos() {
				k++
			}
		}
	}
	return "func" + strconv.Itoa(k)
}

// HasMethod reports whether T or *T has a method of that name.
func HasMethod(t types.Type, name string) bool {
	t = types.Unalias(t)
	if _, ok := t.Underlying().(*types.Interface); ok {
		return false
	}
	if _, ok := t.(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// IsNamed reports whether t (pointers stripped) is the named type pkg.name.
func IsNamed(t types.Type, pkg, name string) bool {
	n, ok := Deref(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return n.Obj().Name() == name && n.Obj().Pkg().Path() == pkg
}

// Classify says what kind of values a column of Go type t holds, and
// whether it can hold NULL. Wrappers (sql.Null*, generic optionals, any
// struct with a Scan method) are nullable and take the class of their first
// field; named types take the class of their underlying type.
func Classify(t types.Type) model.Type {
	mt := model.Type{Go: types.TypeString(t, qualifier), Class: model.ClassOther}
	depth := 0
	for {
		t = types.Unalias(t)
		if p, ok := t.(*types.Pointer); ok {
			mt.Nullable = true
			t = p.Elem()
			continue
		}
		break
	}
	for depth < 8 {
		depth++
		if IsNamed(t, "time", "Time") {
			mt.Class = model.ClassTime
			return mt
		}
		switch u := t.Underlying().(type) {
		case *types.Basic:
			mt.Class = basicClass(u)
			return mt
		case *types.Array:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				if u.Len() == 16 {
					mt.Class = model.ClassUUID
				} else {
					mt.Class = model.ClassBytes
				}
			}
			return mt
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				mt.Class = model.ClassBytes
			}
			return mt
		case *types.Struct:
			// A wrapper: sql.NullInt64{Int64, Valid}, uuid.NullUUID,
			// optional.Of[T]{value, ok}... anything that scans or
			// values itself can carry NULL.
			if !HasMethod(t, "Scan") && !HasMethod(t, "Value") {
				return mt
			}
			if u.NumFields() == 0 {
				mt.Nullable = true
				return mt
			}
			mt.Nullable = true
			t = Deref(u.Field(0).Type())
			continue
		}
		return mt
	}
	return mt
}

func basicClass(b *types.Basic) model.TypeClass {
	info := b.Info()
	switch {
	case info&types.IsInteger != 0:
		return model.ClassInt
	case info&types.IsString != 0:
		return model.ClassString
	case info&types.IsFloat != 0:
		return model.ClassFloat
	case info&types.IsBoolean != 0:
		return model.ClassBool
	}
	return model.ClassOther
}

// qualifier prints package names, not paths, as a reader would write them.
func qualifier(p *types.Package) string { return p.Name() }

// Dialect is one ORM's reading of Go source. Each function is pure: it
// only looks at the types and tags it is given and returns data.
type Dialect struct {
	Name string
	// ImportPath is the ORM's root package; files that import it, or a
	// package below it, may declare or use models.
	ImportPath string
	// IsCandidate reports whether a struct is a model of this ORM by its
	// own looks (the ORM's tag, base type or soft-delete type).
	IsCandidate func(*types.Struct) bool
	// Follows reports whether the ORM reads field i of a model struct as
	// a relation or an embedded struct, so that the struct behind it may
	// be a model. Fields the ORM excludes, serializes or lets value
	// themselves are columns or nothing: the structs behind them are not
	// models. Nil follows every field.
	Follows func(st *types.Struct, i int) bool
	// Parse reads one named struct (an instantiated generic included)
	// into a model, relations as declared.
	Parse func(*types.Named, Source) *model.Model
	// Resolve decides each relation's kind and keys, given the targets.
	Resolve func(m *model.Model, lookup func(model.Ref) *model.Model)
	// Link takes decisions that need every relation resolved (which side
	// owns a constraint, for example). May be nil.
	Link func(*model.Graph)
	// Parts reads the package's building blocks that are not models but
	// that models of other packages are made of (ent's mixins), so they
	// travel in facts. May be nil.
	Parts func(pkg *types.Package, src Source) []*model.Model
	// Calls is the ORM's query vocabulary for the call-site rules; nil
	// when relcheck reads no queries of this ORM.
	Calls *CallSites
	// Usage returns a reader for one package's calls into the ORM, nil
	// when the package does not use it. May be nil.
	Usage func(Code) UsageReader
	// MigratesFKs: the ORM's own migrations always carry the foreign keys
	// its schema declares, so no call is needed as evidence that they
	// exist (ent).
	MigratesFKs bool
}

// DeclSource is implemented by sources that hold the package's syntax,
// for dialects whose models are written in code rather than tags (ent's
// Fields and Edges methods).
type DeclSource interface {
	// FuncDecl returns the declaration of a function or method of the
	// package being analysed, or nil.
	FuncDecl(*types.Func) *ast.FuncDecl
	Info() *types.Info
	// Part returns what an imported package's facts say of one of its
	// Parts, or nil.
	Part(*types.TypeName) *model.Model
}

// FieldSyntax is where a field's pieces sit in the file.
type FieldSyntax struct {
	Type, TypeEnd token.Pos // the type expression
	Lit, LitEnd   token.Pos // the tag literal, NoPos when there is none
	Raw           bool      // the literal is a raw string
}

// SyntaxSource is implemented by sources that can say where a field's
// type and tag literal are, so fixes can add a tag or a pointer.
type SyntaxSource interface {
	Syntax(*types.Var) (FieldSyntax, bool)
}

// Place fills a field's fix anchors from the source, when it knows them.
func Place(src Source, v *types.Var, f *model.Field) {
	ss, ok := src.(SyntaxSource)
	if !ok {
		return
	}
	fs, ok := ss.Syntax(v)
	if !ok {
		return
	}
	f.TypePos = src.Position(fs.Type)
	if fs.Lit.IsValid() {
		f.Lit = src.Position(fs.Lit)
		f.LitLen = int(fs.LitEnd - fs.Lit)
		f.LitRaw = fs.Raw
	} else {
		f.Lit = src.Position(fs.TypeEnd)
	}
}

// Invalid reports whether t involves a type the type checker could not
// resolve. Drivers that run analyzers on ill-typed packages hand such
// types over; a dialect must not mistake them for relations.
func Invalid(t types.Type) bool {
	switch u := types.Unalias(t).(type) {
	case *types.Basic:
		return u.Kind() == types.Invalid
	case *types.Pointer:
		return Invalid(u.Elem())
	case *types.Slice:
		return Invalid(u.Elem())
	case *types.Array:
		return Invalid(u.Elem())
	case *types.Map:
		return Invalid(u.Key()) || Invalid(u.Elem())
	}
	return false
}

// FieldNames is the Go names of fields, as a relation records its keys.
func FieldNames(fs []*model.Field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// LocalTables maps table names to the dialect's models of the package:
// where a many-to-many finds the join model registered under its table.
func LocalTables(g *model.Graph, dialect string) map[string]*model.Model {
	byTable := map[string]*model.Model{}
	for _, m := range g.Local {
		if m.Dialect == dialect {
			byTable[m.Table] = m
		}
	}
	return byTable
}
