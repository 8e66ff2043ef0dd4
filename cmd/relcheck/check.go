package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/rules"
)

// finding is one diagnostic of a root package, as every output prints it.
type finding struct {
	diag     analysis.Diagnostic
	fset     *token.FileSet
	pkg      string         // package path
	pos      token.Position // as printed: after //line directives, file relative
	rule     string
	severity rules.Severity
	message  string // the headline, without the rule ID
	related  []related
	// model and field hold the finding (empty when it sits elsewhere):
	// with rule and package, the baseline's key, which survives edits
	// elsewhere in the file.
	model, field string

	baselined bool // recorded in the -baseline file: not reported
	fixed     bool // -fix applied (or, with -diff, would apply) its fix
}

type related struct {
	pos     token.Position
	message string
}

// report is one run's outcome.
type report struct {
	findings []*finding
	errors   []string // load and analysis errors, positions relative
	models   int
	packages int
	stale    int // baseline entries no longer found
	fixes    int // fixes applied or shown
	files    int // files they touch
}

// check loads, analyses and writes the outcome in the chosen form.
func check(o *options, stdout, stderr io.Writer) int {
	wd, _ := os.Getwd()
	rep := &report{}
	rep.analyse(o, wd)
	if o.baseline != "" && !o.writeBaseline {
		if err := rep.applyBaseline(o.baseline); err != nil {
			rep.errors = append(rep.errors, err.Error())
		}
	}

	var diff string
	switch {
	case o.writeBaseline:
		if len(rep.errors) > 0 {
			printErrors(stderr, rep.errors)
			fmt.Fprintln(stderr, "relcheck: baseline not written: fix the errors above first")
			return exitError
		}
		if err := writeBaseline(o.baseline, rep.findings); err != nil {
			fmt.Fprintln(stderr, "relcheck:", err)
			return exitError
		}
		fmt.Fprintf(stderr, "relcheck: recorded %s in %s\n", plural(len(rep.findings), "finding"), o.baseline)
		return exitClean
	case o.fix && len(rep.errors) == 0:
		var err error
		diff, err = rep.applyFixes(wd, !o.diff)
		if err != nil {
			rep.errors = append(rep.errors, err.Error())
		}
	}

	switch o.format {
	case "sarif":
		writeSARIF(stdout, rep, wd)
	case "json":
		printErrors(stderr, rep.errors)
		writeJSON(stdout, rep)
	default:
		printErrors(stderr, rep.errors)
		out := stdout
		if o.diff {
			io.WriteString(stdout, diff)
			out = stderr // the diff alone on stdout, for git apply
		}
		printText(out, rep, o.context)
		printSummary(stderr, rep, o)
	}
	return rep.exitCode(o.fail)
}

// analyse loads the packages once and runs the analyzer once.
func (rep *report) analyse(o *options, wd string) {
	pkgs, err := loadPackages("", o.patterns, o.tests)
	if err != nil {
		rep.errors = append(rep.errors, err.Error())
		return
	}
	seenErr := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			s := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				s = relPath(wd, e.Pos) + ": " + e.Msg
			}
			if !seenErr[s] {
				seenErr[s] = true
				rep.errors = append(rep.errors, s)
			}
		}
	})
	// The whole program is loaded: evidence that foreign keys exist may
	// sit in any package of it (main's AutoMigrate).
	if err := analyzer.UseProgram(o.analyzer, pkgs); err != nil {
		rep.errors = append(rep.errors, err.Error())
		return
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{o.analyzer}, pkgs, nil)
	if err != nil {
		rep.errors = append(rep.errors, err.Error())
		return
	}
	models := map[model.Ref]bool{}
	pkgPaths := map[string]bool{}
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			rep.errors = append(rep.errors, fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
			continue
		}
		pkgPaths[strings.TrimSuffix(act.Package.PkgPath, "_test")] = true
		res, _ := act.Result.(*analyzer.Result)
		if res != nil {
			for _, m := range res.Models {
				models[m] = true
			}
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			f := &finding{diag: d, fset: fset, pkg: act.Package.PkgPath, rule: d.Category,
				severity: rules.Severity(res.Severity(d)), message: headline(d)}
			f.pos = fset.Position(d.Pos)
			f.pos.Filename = relPath(wd, f.pos.Filename)
			// A package and its test variant report the same finding.
			key := f.pos.String() + "\x00" + d.Category + "\x00" + d.Message
			if seen[key] {
				continue
			}
			seen[key] = true
			for _, r := range d.Related {
				p := fset.Position(r.Pos)
				p.Filename = relPath(wd, p.Filename)
				f.related = append(f.related, related{p, r.Message})
			}
			f.model, f.field = holder(act.Package.Syntax, d.Pos)
			rep.findings = append(rep.findings, f)
		}
	}
	rep.models, rep.packages = len(models), len(pkgPaths)
	sort.SliceStable(rep.findings, func(i, j int) bool {
		a, b := rep.findings[i].pos, rep.findings[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// headline is a diagnostic's message without the rule ID the analyzer
// puts in front for drivers that print no category (go vet,
// golangci-lint): here the category is printed once, on its own.
func headline(d analysis.Diagnostic) string {
	return strings.TrimPrefix(d.Message, d.Category+": ")
}

// holder names the struct type and the field of it that hold pos.
func holder(files []*ast.File, pos token.Pos) (typ, field string) {
	for _, f := range files {
		if f.FileStart > pos || pos > f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		for _, n := range path {
			switch n := n.(type) {
			case *ast.Field:
				// The outermost field of the type wins: a field of an
				// inline struct belongs to the field that declares it.
				if len(n.Names) > 0 {
					field = n.Names[0].Name
				} else if id := embedded(n.Type); id != "" {
					field = id
				}
			case *ast.TypeSpec:
				return n.Name.Name, field
			}
		}
		return "", ""
	}
	return "", ""
}

func embedded(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.SelectorExpr:
			return x.Sel.Name
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// exitCode: 1 on any error, 3 when a reported finding at or above the
// -fail severity remains, else 0.
func (rep *report) exitCode(fail string) int {
	if len(rep.errors) > 0 {
		return exitError
	}
	if fail == "none" {
		return exitClean
	}
	for _, f := range rep.reported() {
		if !f.fixed && (fail == string(rules.Warning) || f.severity == rules.Error) {
			return exitFindings
		}
	}
	return exitClean
}

// reported lists the findings not recorded in the baseline.
func (rep *report) reported() []*finding {
	var out []*finding
	for _, f := range rep.findings {
		if !f.baselined {
			out = append(out, f)
		}
	}
	return out
}

// relPath makes a file name (or "file:line:col") relative to the working
// directory when it lies below it, as go vet prints positions.
func relPath(wd, name string) string {
	if wd == "" || !filepath.IsAbs(name) {
		return name
	}
	if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}

func printErrors(w io.Writer, errs []string) {
	for _, e := range errs {
		fmt.Fprintln(w, e)
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "y") {
		return fmt.Sprintf("%d %sies", n, what[:len(what)-1])
	}
	return fmt.Sprintf("%d %ss", n, what)
}
