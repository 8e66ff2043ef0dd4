// Command relcheck checks ORM relationship mappings.
//
//	relcheck [flags] packages...               # standalone, like go vet
//	relcheck -format=sarif ./... > out.sarif   # for code scanning
//	relcheck -explain one-to-one-unique        # a rule's page
//	go vet -vettool=$(which relcheck) ./...    # as a vet tool
//
// Standalone, every path (text, -json, -format=sarif, -fix) exits 0 when
// clean, 3 when findings remain and 1 on errors (bad flags, an unknown
// rule, packages that do not load). Under go vet, go vet sets the status.
package main

import (
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/relcheck/relcheck/analyzer"
)

// Exit codes, the same on every path.
const (
	exitClean    = 0
	exitError    = 1
	exitFindings = 3
)

func main() {
	if vetProtocol(os.Args[1:]) {
		singlechecker.Main(analyzer.Analyzer)
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetProtocol reports whether go vet is driving relcheck: it asks for the
// tool's flags (-flags), then runs it once per package on a JSON config
// file (*.cfg). singlechecker speaks that protocol; relcheck's own driver
// handles everything a user types.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	last := args[len(args)-1]
	if strings.HasSuffix(last, ".cfg") {
		if _, err := os.Stat(last); err == nil {
			return true
		}
	}
	for _, a := range args {
		if a == "-flags" || a == "--flags" {
			return true
		}
	}
	return false
}

// run is the standalone driver: parse and check flags once, load once,
// analyse once, then report, fix or write a baseline.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "schema" {
		return schemaCommand(args[1:], stdout, stderr)
	}
	o, code, ok := parseFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case o.version:
		printVersion(stdout)
		return exitClean
	case o.vetVersion:
		printVetVersion(stdout)
		return exitClean
	case o.explain != "":
		return explain(o.explain, stdout, stderr)
	}
	return check(o, stdout, stderr)
}
