package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/model"
)

// What a package's code shows about the database (model.Evidence) is
// needed wherever the models are checked, but it usually sits elsewhere:
// main calls db.AutoMigrate(&models.User{}), and models does not import
// main. Three sources are combined:
//   - the package's own code;
//   - its imports' code, carried by EvidenceFact (facts flow only from a
//     package to its importers);
//   - under a driver that loads the whole program (standalone relcheck),
//     every package it loaded, handed over with UseProgram.
//
// Under go vet and golangci-lint only the first two are seen; the
// -fk-constraints flag says what the code cannot.

// EvidenceFact carries what a package's code shows about the database of
// each ORM, by dialect name, to the packages that import it.
type EvidenceFact struct {
	Module string // the module of the package it was found in, "" if unknown
	// Dialects is sorted by name: a fact must encode the same way every
	// time, or build caches miss.
	Dialects []DialectEvidence
}

// DialectEvidence is what the code shows about one ORM's database.
type DialectEvidence struct {
	Dialect  string
	Evidence model.Evidence
}

func (*EvidenceFact) AFact() {}

func (f *EvidenceFact) String() string {
	var parts []string
	for _, de := range f.Dialects {
		d, e := de.Dialect, de.Evidence
		var what []string
		if e.CreatesFKs {
			what = append(what, "creates FKs")
		}
		if e.NoFKs {
			what = append(what, "no FKs")
		}
		if e.FKsUnsure {
			what = append(what, "FKs unsure")
		}
		if e.HardDeletesAny {
			what = append(what, "hard-deletes any model")
		}
		for _, r := range e.HardDeletes {
			what = append(what, "hard-deletes "+r.Name)
		}
		parts = append(parts, d+": "+strings.Join(what, ", "))
	}
	return "evidence " + strings.Join(parts, "; ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// readUsage walks the package's syntax once and hands each node to the
// usage readers of the enabled dialects that the package uses. nodes is
// called only when some dialect has a reader for the package.
func readUsage(nodes func() *nodeIndex, code dialects.Code, on []*dialects.Dialect) map[string]dialects.Usage {
	var (
		readers []dialects.UsageReader
		names   []string
		kinds   []ast.Node
	)
	for _, d := range on {
		if d.Usage == nil {
			continue
		}
		if r := d.Usage(code); r != nil {
			readers = append(readers, r)
			names = append(names, d.Name)
			kinds = append(kinds, r.Nodes()...)
		}
	}
	if len(readers) == 0 {
		return nil
	}
	nodes().Preorder(kinds, func(n ast.Node) {
		for _, r := range readers {
			r.Visit(n)
		}
	})
	out := map[string]dialects.Usage{}
	for i, r := range readers {
		out[names[i]] = r.Usage()
	}
	return out
}

// fkFlag is -fk-constraints: whether the database has the foreign keys
// the ORM would create. "auto" (the default) decides from the code; it
// also holds the evidence a whole-program driver found (UseProgram).
type fkFlag struct {
	mode    string // "auto", "true" or "false"
	program map[string]*model.Evidence
	// handed is, by dialect, which structs the program hands to the ORM;
	// nil unless a driver called UseProgram, or when a dialect does not
	// track them or the program hands over values of no concrete type.
	handed map[string]map[model.Ref]bool
	// read holds, by package, what UseProgram's walk found, so the
	// analyzer does not walk the same syntax a second time.
	read map[*types.Package]map[string]dialects.Usage
}

func (f *fkFlag) String() string {
	if f == nil || f.mode == "" {
		return "auto"
	}
	return f.mode
}

func (f *fkFlag) Set(s string) error {
	if strings.EqualFold(s, "auto") {
		f.mode = "auto"
		return nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want auto, true or false, not %q", s)
	}
	f.mode = strconv.FormatBool(b)
	return nil
}

// IsBoolFlag lets -fk-constraints alone mean true.
func (f *fkFlag) IsBoolFlag() bool { return true }

// UseProgram hands a (relcheck's Analyzer, or one from New) every package
// a driver loaded, before it runs, so that the evidence that foreign keys
// exist or that models are deleted for real is found wherever it sits in
// the program, not only in the package checked and its imports. Drivers
// that load the whole program (cmd/relcheck) call it; it needs the
// packages' syntax and types. It is not safe to call while a runs.
func UseProgram(a *analysis.Analyzer, pkgs []*packages.Package) error {
	fl := a.Flags.Lookup("fk-constraints")
	if fl == nil {
		return fmt.Errorf("not a relcheck analyzer")
	}
	f, ok := fl.Value.(*fkFlag)
	if !ok {
		return fmt.Errorf("not a relcheck analyzer")
	}
	c := &config{}
	if d := a.Flags.Lookup("dialects"); d != nil {
		c.dialect = d.Value.String()
	}
	on, err := c.dialects()
	if err != nil {
		return err
	}
	f.program = map[string]*model.Evidence{}
	f.handed = map[string]map[model.Ref]bool{}
	f.read = map[*types.Package]map[string]dialects.Usage{}
	unknown := map[string]bool{}
	seen := map[*packages.Package]bool{}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		if p.Types != nil && p.TypesInfo != nil && len(p.Syntax) > 0 && !dependency(p) {
			nodes := func() *nodeIndex { return indexNodes(p.Syntax) }
			usage := readUsage(nodes, dialects.Code{Pkg: p.Types, Info: p.TypesInfo}, on)
			f.read[p.Types] = usage
			for name, u := range usage {
				if f.program[name] == nil {
					f.program[name] = &model.Evidence{}
				}
				f.program[name].Merge(u.Evidence)
				if !u.TracksHanded || u.HandsUnknown {
					unknown[name] = true
					continue
				}
				if f.handed[name] == nil {
					f.handed[name] = map[model.Ref]bool{}
				}
				for _, ref := range u.Handed {
					f.handed[name][ref] = true
				}
			}
		}
		for _, q := range p.Imports {
			visit(q)
		}
	}
	for _, p := range pkgs {
		visit(p)
	}
	for name := range unknown {
		delete(f.handed, name)
	}
	return nil
}

// dependency reports whether p belongs to a module other than the ones
// being checked: its migrations are its own business, not the program's.
func dependency(p *packages.Package) bool {
	return p.Module != nil && !p.Module.Main
}

// evidence combines, by dialect, what the code shows about the database
// with what -fk-constraints says.
func (u *unit) evidence(own map[string]dialects.Usage, fk *fkFlag) map[string]*model.Evidence {
	out := map[string]*model.Evidence{}
	get := func(d string) *model.Evidence {
		if out[d] == nil {
			out[d] = &model.Evidence{}
		}
		return out[d]
	}
	for d, us := range own {
		get(d).Merge(us.Evidence)
	}
	module := ""
	if u.pass.Module != nil {
		module = u.pass.Module.Path
	}
	var facts []analysis.PackageFact
	if u.pass.AllPackageFacts != nil { // nil in hand-made passes
		facts = u.pass.AllPackageFacts()
	}
	for _, pf := range facts {
		f, ok := pf.Fact.(*EvidenceFact)
		if !ok || pf.Package == u.pass.Pkg || (module != "" && f.Module != "" && f.Module != module) {
			continue
		}
		for _, de := range f.Dialects {
			get(de.Dialect).Merge(de.Evidence)
		}
	}
	if fk != nil {
		for d, e := range fk.program { // nil unless a driver called UseProgram
			get(d).Merge(*e)
		}
	}
	for _, d := range u.order {
		if d.MigratesFKs {
			get(d.Name).CreatesFKs = true
		}
	}
	for _, e := range out {
		if e.NoFKs && e.CreatesFKs {
			// One part of the program migrates with foreign keys and
			// another turns them off (often tests against SQLite): which
			// database has them is not known.
			e.NoFKs, e.FKsUnsure = false, true
		}
	}
	for _, d := range u.order {
		switch fk.String() {
		case "true":
			e := get(d.Name)
			e.CreatesFKs, e.NoFKs, e.FKsUnsure = true, false, false
		case "false":
			e := get(d.Name)
			e.CreatesFKs, e.NoFKs = false, true
		}
	}
	return out
}

// exportEvidence publishes what this package's own code shows.
func (u *unit) exportEvidence(own map[string]dialects.Usage) {
	f := &EvidenceFact{}
	if u.pass.Module != nil {
		f.Module = u.pass.Module.Path
	}
	for _, d := range sortedKeys(own) {
		if e := own[d].Evidence; !e.Empty() {
			f.Dialects = append(f.Dialects, DialectEvidence{Dialect: d, Evidence: e})
		}
	}
	if len(f.Dialects) > 0 {
		u.pass.ExportPackageFact(f)
	}
}

// unhanded lists the local models that the whole program (seen only when
// the driver called UseProgram) never hands to their ORM, and that no
// local model points at or embeds.
func (u *unit) unhanded(locals []*model.Model) map[model.Ref]bool {
	if u.fk == nil || u.fk.handed == nil {
		return nil
	}
	reached := map[model.Ref]bool{}
	for _, m := range locals {
		for _, r := range m.Relations {
			reached[r.Target] = true
		}
	}
	out := map[model.Ref]bool{}
	for _, m := range locals {
		handed, ok := u.fk.handed[m.Dialect]
		if ok && !handed[m.Ref] && !reached[m.Ref] {
			out[m.Ref] = true
		}
	}
	return out
}
