package main

import (
	"flag"
	"fmt"
	"io"
	"os"
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
	if err := graph.PrintText(os.Stderr, *context); err != nil {
		return 1, true
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
