// Command relcheck checks ORM relationship mappings.
//
//	relcheck [flags] packages...               # standalone, like go vet
//	relcheck -format=sarif ./... > out.sarif   # for code scanning
//	relcheck -explain one-to-one-unique        # a rule's page
//	go vet -vettool=$(which relcheck) ./...    # as a vet tool
//
// Standalone, it exits 0 when clean, 3 when it reports findings and 1 on
// errors (packages that do not load, bad flags).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/relcheck/relcheck"
	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
)

func main() {
	// Registered so that -h lists them and the shared parser accepts them;
	// they are acted on before singlechecker sees the command line.
	flag.String("explain", "", "print the page of a rule (relcheck -explain fk-missing) and exit")
	flag.String("format", "text", "output format: text, json (same as -json) or sarif")

	if id, ok := flagValue(os.Args[1:], "explain"); ok {
		os.Exit(explain(id))
	}
	if format, ok := flagValue(os.Args[1:], "format"); ok {
		switch format {
		case "text":
		case "json":
			os.Args = append(os.Args[:1], append([]string{"-json"}, os.Args[1:]...)...)
		case "sarif":
			os.Exit(runSARIF(os.Args[1:]))
		default:
			fmt.Fprintf(os.Stderr, "relcheck: -format: unknown format %q; valid: text, json, sarif\n", format)
			os.Exit(1)
		}
	}
	if code, ok := runReport(os.Args[1:]); ok {
		os.Exit(code)
	}
	singlechecker.Main(analyzer.Analyzer)
}

// flagValue finds -name=value, --name=value or -name value among args
// (before the first non-flag argument, as the flag package would).
func flagValue(args []string, name string) (string, bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			return "", false
		}
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v, true
		}
		if a == name && i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}

func explain(id string) int {
	if rules.ByID(id) == nil {
		var ids []string
		for _, r := range rules.All() {
			ids = append(ids, r.ID)
		}
		fmt.Fprintf(os.Stderr, "relcheck: unknown rule %q; valid rules: %s\n", id, strings.Join(ids, ", "))
		return 2
	}
	b, err := relcheck.RuleDocs.ReadFile("docs/rules/" + id + ".md")
	if err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1
	}
	os.Stdout.Write(b)
	return 0
}
