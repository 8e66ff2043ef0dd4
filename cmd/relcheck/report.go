package main

import (
	"flag"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck/analyzer"
)

// runReport is the standalone driver for reporting (text or -json): the
// common case, in CI and at the terminal. It loads packages with load,
// which needs far less memory than singlechecker's loader, and prints and
// exits exactly as singlechecker does. handled is false for command lines
// it leaves to singlechecker: -fix, -diff, -h, the go vet protocol, and
// any flag it does not know.
func runReport(args []string) (code int, handled bool) {
	a := analyzer.Analyzer
	fs := flag.NewFlagSet("relcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	jsonOut := fs.Bool("json", false, "")
	context := fs.Int("c", -1, "")
	tests := fs.Bool("test", true, "")
	fs.String("format", "text", "")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		return 0, false
	}
	if fs.NArg() == 1 && strings.HasSuffix(fs.Arg(0), ".cfg") {
		return 0, false // go vet's unitchecker protocol
	}

	if err := analyzer.Validate(a); err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1, true
	}
	pkgs, err := load("", fs.Args(), *tests)
	if err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1, true
	}
	if packages.PrintErrors(pkgs) > 0 {
		code = 1
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1, true
	}
	if *jsonOut {
		// As singlechecker: with -json the exit code only reports failure.
		if err := graph.PrintJSON(os.Stdout); err != nil {
			return 1, true
		}
		return code, true
	}
	if *context >= 0 {
		if err := graph.PrintText(os.Stderr, *context); err != nil {
			return 1, true
		}
	} else {
		printText(os.Stderr, graph)
	}
	failed, found := false, false
	for act := range graph.All() {
		if act.Err != nil {
			failed = true
		} else if act.IsRoot && len(act.Diagnostics) > 0 {
			found = true
		}
	}
	switch {
	case failed:
		code = max(code, 1)
	case found && code == 0:
		code = 3
	}
	return code, true
}

// printText prints what checker.PrintText does, with file names relative
// to the working directory where that is shorter, as go vet prints them:
// file:line:col: message, then each related position indented below it.
// A finding in a file shared by a package and its test variant is
// printed once.
func printText(w io.Writer, graph *checker.Graph) {
	wd, _ := os.Getwd()
	name := func(p token.Position) string {
		if rel, err := filepath.Rel(wd, p.Filename); err == nil && len(rel) < len(p.Filename) && !strings.HasPrefix(rel, "..") {
			p.Filename = rel
		}
		return p.String()
	}
	seen := map[string]bool{}
	for act := range graph.All() {
		if act.Err != nil {
			fmt.Fprintf(w, "%s: %v\n", act.Analyzer.Name, act.Err)
			continue
		}
		if !act.IsRoot {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			line := name(fset.Position(d.Pos)) + ": " + d.Message
			if seen[line] {
				continue
			}
			seen[line] = true
			fmt.Fprintln(w, line)
			for _, r := range d.Related {
				fmt.Fprintf(w, "\t%s: %s\n", name(fset.Position(r.Pos)), r.Message)
			}
		}
	}
}
