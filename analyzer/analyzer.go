// Package analyzer is relcheck's analysis.Analyzer: it finds the models of
// a package, resolves their relations against models of the package and of
// its imports (carried as facts), runs the rules and reports.
package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/rules"
)

// Analyzer is relcheck with its default configuration. Drivers set its
// flags (-disable, -enable, -dialects) like any analyzer's.
var Analyzer = New()

// New returns a fresh analyzer with its own flags, for drivers (such as the
// golangci-lint plugin) that configure several instances.
func New() *analysis.Analyzer {
	c := &config{}
	a := &analysis.Analyzer{
		Name:      "relcheck",
		Doc:       fullDoc(),
		URL:       "https://github.com/relcheck/relcheck",
		Run:       c.run,
		FactTypes: []analysis.Fact{new(ModelsFact), new(EvidenceFact)},
		// Editors show code that does not compile most of the time; a
		// type error elsewhere must not hide the findings on models that
		// do type-check. Dialects treat invalid types as unknown.
		RunDespiteErrors: true,
		ResultType:       reflect.TypeOf((*Result)(nil)),
	}
	c.register(&a.Flags)
	return a
}

// ModelsFact carries a package's models to the packages that import it,
// so relations that cross packages resolve against what was declared. One
// fact per package keeps the encoding overhead to one gob stream.
type ModelsFact struct {
	Models []*model.Model
	Parts  []*model.Model // building blocks of other packages' models (ent mixins)
}

func (*ModelsFact) AFact() {}

func (f *ModelsFact) String() string {
	names := make([]string, len(f.Models))
	for i, m := range f.Models {
		names[i] = m.Ref.Name
	}
	s := "models " + strings.Join(names, ", ")
	if len(f.Parts) > 0 {
		var parts []string
		for _, m := range f.Parts {
			parts = append(parts, m.Ref.Name)
		}
		s += "; parts " + strings.Join(parts, ", ")
	}
	return s
}

func (c *config) run(pass *analysis.Pass) (any, error) {
	enabled, err := c.rules()
	if err != nil {
		return nil, err
	}
	dialectsOn, err := c.dialects()
	if err != nil {
		return nil, err
	}
	if err := checkDatabase(c.database); err != nil {
		return nil, err
	}
	u := newUnit(pass, dialectsOn)
	var read bool
	if u.usage, read = c.fk.read[pass.Pkg]; !read {
		u.usage = readUsage(u.src.nodes, dialects.Code{Pkg: pass.Pkg, Info: pass.TypesInfo}, dialectsOn)
	}
	u.exportEvidence(u.usage)
	u.fk = &c.fk
	u.collect()
	parts := u.parts()
	calls := u.callSites()
	if len(u.local) == 0 && len(calls) == 0 {
		if len(parts) > 0 {
			pass.ExportPackageFact(&ModelsFact{Parts: parts})
		}
		// Directives in a package without models still get checked.
		return newReporter(pass, enabled, u.src.nodes).flush(), nil
	}
	g := u.resolve()
	g.Databases = databases(c.database, pass.Pkg)
	if len(g.Local) > 0 {
		g.SetSchema(u.packageSchema(g.Local[0].Pos))
	}
	if len(u.local) > 0 || len(parts) > 0 {
		pass.ExportPackageFact(&ModelsFact{Models: g.Local, Parts: parts})
	}
	u.addUses(g, calls)
	r := newReporter(pass, enabled, u.src.nodes)
	for _, f := range u.internal {
		r.add(f)
	}
	rules.Run(g, enabled, r.add)
	res := r.flush()
	for _, m := range g.Local {
		res.Models = append(res.Models, m.Ref)
	}
	return res, nil
}

// unit is the analysis of one package.
type unit struct {
	pass       *analysis.Pass
	src        *source
	dialects   map[string]*dialects.Dialect
	claimed    map[*types.TypeName]*dialects.Dialect // untagged models, by who points at them
	inst       map[model.Ref]*types.Named            // instantiated generics the models use
	order      []*dialects.Dialect
	local      []*types.TypeName
	models     map[model.Ref]*model.Model // local and imported, as resolved so far
	internal   []rules.Finding            // models the dialect could not read
	usage      map[string]dialects.Usage  // what the package's calls into each ORM show
	fk         *fkFlag                    // -fk-constraints
	facts      map[*types.Package]map[string]*model.Model
	localTypes map[string]*types.TypeName // function-local types, by Ref name
	done       map[model.Ref]bool         // models resolved for call sites
	pkgs       map[string]*types.Package  // this package and every import, by path
}

func newUnit(pass *analysis.Pass, on []*dialects.Dialect) *unit {
	byName := map[string]*dialects.Dialect{}
	for _, d := range on {
		byName[d.Name] = d
	}
	return &unit{
		pass:     pass,
		src:      newSource(pass),
		dialects: byName,
		claimed:  map[*types.TypeName]*dialects.Dialect{},
		inst:     map[model.Ref]*types.Named{},
		order:    on,
		models:   map[model.Ref]*model.Model{},
	}
}

// collect finds the package's candidate models: structs that look like
// a dialect's models on their own, structs the package hands to the ORM
// (*gorm.DB), and the local targets of their relation fields.
func (u *unit) collect() {
	if len(u.dialects) == 0 {
		return
	}
	seen := map[*types.TypeName]bool{}
	// A struct reached only as an embedded part (a mixin) is no model of
	// its own: its fields and relations belong to the models embedding
	// it, and the ORM never parses it alone unless handed it.
	embedOnly := map[*types.TypeName]bool{}
	var queue []*types.TypeName
	add := func(tn *types.TypeName, d *dialects.Dialect, embedded bool) {
		if tn == nil || tn.Pkg() != u.pass.Pkg || tn.IsAlias() {
			return
		}
		if seen[tn] {
			if !embedded {
				delete(embedOnly, tn)
			}
			return
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			return
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			return
		}
		seen[tn] = true
		if u.dialectOf(named.Underlying().(*types.Struct)) == nil && d != nil {
			u.claimed[tn] = d
			embedOnly[tn] = embedded
		}
		queue = append(queue, tn)
	}
	for _, tn := range u.typeNames() {
		if tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok && u.dialectOf(st) != nil {
			add(tn, nil, false)
		}
	}
	for _, d := range u.order {
		for _, tn := range u.usage[d.Name].Models {
			add(tn, d, false)
		}
	}
	for len(queue) > 0 {
		tn := queue[0]
		queue = queue[1:]
		u.local = append(u.local, tn)
		st := tn.Type().Underlying().(*types.Struct)
		d := u.dialectOf(st)
		if d == nil {
			d = u.claimed[tn]
		}
		for i := 0; i < st.NumFields(); i++ {
			if d != nil && d.Follows != nil && !d.Follows(st, i) {
				continue // a column or nothing: the struct behind it is no model
			}
			if n, _, _ := dialects.Target(st.Field(i).Type()); n != nil {
				if n.TypeArgs().Len() > 0 {
					u.inst[dialects.RefOf(n)] = n
					if d != nil && u.claimed[n.Obj()] == nil {
						u.claimed[n.Obj()] = d
					}
				}
				add(n.Obj(), d, st.Field(i).Anonymous())
			}
		}
	}
	local := u.local[:0]
	for _, tn := range u.local {
		if !embedOnly[tn] {
			local = append(local, tn)
		}
	}
	u.local = local
	// By file name, then offset: token.Pos order across files follows the
	// order the loader happened to parse them in, and facts must encode
	// the same way run after run.
	sort.Slice(u.local, func(i, j int) bool {
		a, b := u.pass.Fset.PositionFor(u.local[i].Pos(), false), u.pass.Fset.PositionFor(u.local[j].Pos(), false)
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		return a.Offset < b.Offset
	})
}

// typeNames lists the package's declared types: those of the package
// scope, then the function-local ones (tests declare models inside
// functions, and GORM and Bun use them like any other), which are also
// indexed by their Ref names for lookup.
func (u *unit) typeNames() []*types.TypeName {
	scope := u.pass.Pkg.Scope()
	var out []*types.TypeName
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			out = append(out, tn)
		}
	}
	u.localTypes = map[string]*types.TypeName{}
	var walk func(s *types.Scope)
	walk = func(s *types.Scope) {
		for _, name := range s.Names() {
			if tn, ok := s.Lookup(name).(*types.TypeName); ok {
				if n, ok := tn.Type().(*types.Named); ok && !tn.IsAlias() {
					u.localTypes[dialects.RefOf(n).Name] = tn
				}
				out = append(out, tn)
			}
		}
		for i := 0; i < s.NumChildren(); i++ {
			walk(s.Child(i))
		}
	}
	for i := 0; i < scope.NumChildren(); i++ {
		file := scope.Child(i)
		for j := 0; j < file.NumChildren(); j++ {
			walk(file.Child(j))
		}
	}
	return out
}

// resolve parses the local models, resolves their relations and returns
// the graph the rules run on.
func (u *unit) resolve() *model.Graph {
	g := model.NewGraph()
	var locals []*model.Model
	for _, tn := range u.local {
		m, broken := u.parseModel(tn.Type().(*types.Named))
		if broken != "" {
			u.internal = append(u.internal, rules.Finding{Rule: "internal", Pos: u.src.Position(tn.Pos()), Message: broken})
			continue
		}
		if m == nil {
			continue
		}
		u.models[m.Ref] = m
		locals = append(locals, m)
	}
	for _, m := range locals {
		if d := u.dialects[m.Dialect]; d != nil {
			d.Resolve(m, func(ref model.Ref) *model.Model {
				// An imported target that no dialect claims belongs to
				// the dialect of the model pointing at it.
				if tn := u.typeName(ref); tn != nil && u.claimed[tn] == nil {
					u.claimed[tn] = d
				}
				return u.lookup(ref)
			})
		}
	}
	used := u.usedFields()
	for _, m := range locals {
		for _, f := range m.Fields {
			// Only this package's own fields: a field promoted from an
			// import may be shared with that import's fact, which other
			// packages read concurrently.
			if u.src.owns(f.Pos.File) {
				f.Used = used[model.Pos{File: f.Pos.File, Offset: f.Pos.Offset}]
			}
		}
		g.Add(m, true)
	}
	for _, m := range locals {
		for _, r := range m.Relations {
			if t := u.models[r.Target]; t != nil {
				g.Add(t, false)
			}
		}
	}
	custom := map[model.Ref]bool{}
	for _, us := range u.usage {
		for _, ref := range us.JoinTables {
			custom[ref] = true
		}
	}
	for _, m := range locals {
		for _, r := range m.Relations {
			if r.Join != nil && custom[model.Ref{Pkg: m.Ref.Pkg, Name: m.Ref.Name + "." + r.Name}] {
				r.Join.Custom = true
			}
		}
	}
	for _, d := range u.order {
		if d.Link != nil {
			d.Link(g)
		}
	}
	g.Evidence = u.evidence(u.usage, u.fk)
	g.Unhanded = u.unhanded(locals)
	for _, m := range locals {
		if ev := g.Evidence[m.Dialect]; ev != nil && ev.Inflector == "identity" && m.TableBase != "" {
			// orm.SetTableNameInflector(func(s string) string { return s }):
			// go-pg names the table by the underscored type name as is.
			m.Table = m.TableBase
		}
		if ev := g.Evidence[m.Dialect]; ev != nil && ev.NoFKs {
			// The ORM is told to create no FOREIGN KEY: nothing applies
			// the actions its tags declare, and rules must not claim a
			// constraint does.
			for _, r := range m.Relations {
				r.Constraint = false
				r.Enforcement = model.EnforceNone
				r.NoConstraint = m.Vocab.ORM + " creates no foreign keys here (DisableForeignKeyConstraintWhenMigrating, or -fk-constraints=false)"
			}
		}
	}
	return g
}

// usedFields is where the struct fields this package refers to (p.UserID,
// Post{UserID: 1}) are declared: changing such a field's type could break
// that code, so a fix must not.
func (u *unit) usedFields() map[model.Pos]bool {
	out := map[model.Pos]bool{}
	if u.pass.TypesInfo == nil {
		return out
	}
	for _, obj := range u.pass.TypesInfo.Uses {
		if v, ok := obj.(*types.Var); ok && v.IsField() {
			p := u.src.Position(v.Pos())
			out[model.Pos{File: p.File, Offset: p.Offset}] = true
		}
	}
	return out
}

// parseModel runs the dialect, turning a panic into a finding about that
// one model so the rest of the package is still analysed.
func (u *unit) parseModel(named *types.Named) (m *model.Model, broken string) {
	tn := named.Obj()
	defer func() {
		if e := recover(); e != nil {
			m, broken = nil, fmt.Sprintf("relcheck: internal error reading model %s: %v; "+
				"the rest of the package was checked; please file a bug at https://github.com/relcheck/relcheck/issues with this model", tn.Name(), e)
		}
	}()
	st, ok := named.Underlying().(*types.Struct)
	if !ok || partial(st, 0) {
		// A field whose type did not resolve is missing from what the
		// dialect would read: any finding on the model, or on a relation
		// to it, could be about that gap rather than the mapping.
		return nil, ""
	}
	d := u.dialectOf(st)
	if d == nil {
		// A relation target or a struct handed to *gorm.DB: it belongs
		// to the dialect of whoever points at it.
		d = u.claimed[tn]
	}
	if d == nil {
		return nil, ""
	}
	return d.Parse(named, u.src), ""
}

// partial reports whether a struct has a field, its own or embedded, whose
// type the type checker could not resolve.
func partial(st *types.Struct, depth int) bool {
	if depth > 8 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if dialects.Invalid(f.Type()) {
			return true
		}
		if f.Embedded() {
			t := f.Type()
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			if est, ok := t.Underlying().(*types.Struct); ok && partial(est, depth+1) {
				return true
			}
		}
	}
	return false
}

// dialectOf returns the enabled dialect that claims st, or nil. The first
// dialect in the -dialects order wins when several do.
func (u *unit) dialectOf(st *types.Struct) *dialects.Dialect {
	for _, d := range u.order {
		if d.IsCandidate(st) {
			return d
		}
	}
	return nil
}

// lookup finds a relation's target: a model of this package, one carried
// by a fact from an import, or, failing that, one read from export data.
func (u *unit) lookup(ref model.Ref) *model.Model {
	if m, ok := u.models[ref]; ok {
		return m
	}
	u.models[ref] = nil // cycle guard
	named := u.named(ref)
	if named == nil {
		return nil
	}
	var m *model.Model
	if named.TypeArgs().Len() == 0 {
		m = u.imported(named.Obj())
	}
	if m == nil {
		m, _ = u.parseModel(named)
	}
	u.models[ref] = m
	return m
}

// imported returns the model a dependency's fact carries for tn, if any.
func (u *unit) imported(tn *types.TypeName) *model.Model {
	if u.facts == nil {
		u.facts = map[*types.Package]map[string]*model.Model{}
	}
	byName, ok := u.facts[tn.Pkg()]
	if !ok {
		var fact ModelsFact
		if u.pass.ImportPackageFact(tn.Pkg(), &fact) {
			byName = map[string]*model.Model{}
			for _, m := range fact.Models {
				byName[m.Ref.Name] = m
			}
		}
		u.facts[tn.Pkg()] = byName
	}
	return byName[tn.Name()]
}

// named finds the type a reference names: a declared type, or a generic
// instantiated by one of the package's fields (Items []Item[int]).
func (u *unit) named(ref model.Ref) *types.Named {
	if n := u.inst[ref]; n != nil {
		return n
	}
	if tn := u.typeName(ref); tn != nil {
		n, _ := tn.Type().(*types.Named)
		if n != nil && n.TypeParams().Len() == 0 {
			return n
		}
	}
	return nil
}

func (u *unit) typeName(ref model.Ref) *types.TypeName {
	if u.pkgs == nil {
		u.pkgs = map[string]*types.Package{}
		var walk func(p *types.Package)
		walk = func(p *types.Package) {
			if _, ok := u.pkgs[p.Path()]; ok {
				return
			}
			u.pkgs[p.Path()] = p
			for _, q := range p.Imports() {
				walk(q)
			}
		}
		walk(u.pass.Pkg)
	}
	p := u.pkgs[ref.Pkg]
	if p == nil {
		return nil
	}
	if p == u.pass.Pkg {
		if tn := u.localTypes[ref.Name]; tn != nil {
			return tn
		}
	}
	tn, _ := p.Scope().Lookup(ref.Name).(*types.TypeName)
	return tn
}

// nodes is the package's one syntax index, which every reader of the AST
// shares, built on first use: most packages relcheck visits for facts use
// no ORM and carry no directive, so they never need it.
func (s *source) nodes() *nodeIndex {
	if s.index == nil {
		s.index = indexNodes(s.files)
	}
	return s.index
}

// source implements dialects.Source for the package being analysed.
type source struct {
	fset   *token.FileSet
	files  []*ast.File
	info   *types.Info
	fields map[token.Pos]*ast.Field    // field (or embedded type) ident -> field
	funcs  map[token.Pos]*ast.FuncDecl // function name ident -> declaration
	pass   *analysis.Pass
	parts  map[*types.Package]map[string]*model.Model
	index  *nodeIndex // see nodes
}

func newSource(pass *analysis.Pass) *source {
	return &source{fset: pass.Fset, files: pass.Files, info: pass.TypesInfo, pass: pass}
}

// FuncDecl finds a function's declaration in the package, for dialects
// whose models are code (ent).
func (s *source) FuncDecl(fn *types.Func) *ast.FuncDecl {
	if s.funcs == nil {
		s.funcs = map[token.Pos]*ast.FuncDecl{}
		for _, f := range s.files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					s.funcs[fd.Name.Pos()] = fd
				}
			}
		}
	}
	return s.funcs[fn.Pos()]
}

func (s *source) Info() *types.Info { return s.info }

// owns reports whether file is one of the package's own files.
func (s *source) owns(file string) bool {
	for _, f := range s.files {
		if tf := s.fset.File(f.Pos()); tf != nil && tf.Name() == file {
			return true
		}
	}
	return false
}

// field finds a field's syntax. The index is built on first use, so
// packages without models never pay for it.
func (s *source) field(v *types.Var) *ast.Field {
	if s.fields == nil {
		s.fields = map[token.Pos]*ast.Field{}
		s.nodes().Preorder([]ast.Node{(*ast.StructType)(nil)}, func(n ast.Node) {
			st := n.(*ast.StructType)
			if st.Fields == nil {
				return
			}
			for _, fld := range st.Fields.List {
				for _, name := range fld.Names {
					s.fields[name.Pos()] = fld
				}
				if len(fld.Names) == 0 {
					if id := embeddedIdent(fld.Type); id != nil {
						s.fields[id.Pos()] = fld
					}
				}
			}
		})
	}
	return s.fields[v.Pos()]
}

func embeddedIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel
		case *ast.Ident:
			return x
		default:
			return nil
		}
	}
}

func (s *source) Position(p token.Pos) model.Pos {
	if !p.IsValid() {
		return model.Pos{}
	}
	// Unadjusted: //line directives (cgo, generators) would name a file
	// that is not among the package's, and offsets must stay raw for
	// edits. Drivers apply the directives when they print.
	pp := s.fset.PositionFor(p, false)
	return model.Pos{File: pp.Filename, Offset: pp.Offset, Line: pp.Line, Col: pp.Column}
}

func (s *source) TagLit(v *types.Var) (token.Pos, bool) {
	fld := s.field(v)
	if fld == nil || fld.Tag == nil {
		return token.NoPos, false
	}
	return fld.Tag.Pos(), strings.HasPrefix(fld.Tag.Value, "`")
}

func (s *source) Syntax(v *types.Var) (dialects.FieldSyntax, bool) {
	fld := s.field(v)
	if fld == nil || fld.Type == nil {
		return dialects.FieldSyntax{}, false
	}
	fs := dialects.FieldSyntax{Type: fld.Type.Pos(), TypeEnd: fld.Type.End()}
	if fld.Tag != nil {
		fs.Lit, fs.LitEnd = fld.Tag.Pos(), fld.Tag.End()
		fs.Raw = strings.HasPrefix(fld.Tag.Value, "`")
	}
	return fs, true
}
