package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
)

// options is the command line, parsed and checked.
type options struct {
	analyzer *analysis.Analyzer
	patterns []string

	format        string // text, json or sarif
	context       int    // -c: source lines around each text finding
	fix, diff     bool
	fail          string // error, warning or none
	baseline      string
	writeBaseline bool
	tests         bool

	explain    string
	version    bool
	vetVersion bool // -V=full, go vet's handshake
}

// vFlag is -V (the version) and -V=full (the version line go vet reads).
type vFlag struct{ v *string }

func (f vFlag) String() string {
	if f.v == nil {
		return ""
	}
	return *f.v
}
func (f vFlag) Set(s string) error {
	if s != "true" && s != "full" {
		return fmt.Errorf("want -V or -V=full")
	}
	*f.v = s
	return nil
}
func (f vFlag) IsBoolFlag() bool { return true }

// parseFlags parses and checks the whole command line. On failure it
// prints one line and a hint (never the whole help) and returns exit 1;
// -h prints the help and returns 0.
func parseFlags(args []string, stdout, stderr io.Writer) (o *options, code int, ok bool) {
	o = &options{analyzer: analyzer.New()}
	fs := flag.NewFlagSet("relcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	o.analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.StringVar(&o.format, "format", "text", "")
	jsonOut := fs.Bool("json", false, "")
	fs.IntVar(&o.context, "c", -1, "")
	fs.BoolVar(&o.fix, "fix", false, "")
	fs.BoolVar(&o.diff, "diff", false, "")
	fs.StringVar(&o.fail, "fail", "warning", "")
	fs.StringVar(&o.baseline, "baseline", "", "")
	fs.BoolVar(&o.writeBaseline, "write-baseline", false, "")
	fs.BoolVar(&o.tests, "test", true, "")
	fs.StringVar(&o.explain, "explain", "", "")
	fs.BoolVar(&o.version, "version", false, "")
	var v string
	fs.Var(vFlag{&v}, "V", "")

	bad := func(format string, a ...any) (*options, int, bool) {
		fmt.Fprintf(stderr, "relcheck: "+format+"\n", a...)
		fmt.Fprintln(stderr, "run 'relcheck -h' for usage")
		return nil, exitError, false
	}
	// Flags may follow the packages (relcheck ./... -fix), as in go vet's
	// habits; "--" ends the flags.
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(stdout)
				return nil, exitClean, false
			}
			return bad("%v", err)
		}
		rest := fs.Args()
		i := 0
		for i < len(rest) && (!strings.HasPrefix(rest[i], "-") || rest[i] == "-") {
			i++
		}
		o.patterns = append(o.patterns, rest[:i]...)
		if i == len(rest) {
			break
		}
		if rest[i] == "--" {
			o.patterns = append(o.patterns, rest[i+1:]...)
			break
		}
		args = rest[i:]
	}

	o.version = o.version || v == "true"
	o.vetVersion = v == "full"
	if o.version || o.vetVersion {
		return o, 0, true
	}
	if o.explain != "" {
		if len(o.patterns) > 0 {
			return bad("-explain prints a rule's page and takes no packages")
		}
		return o, 0, true
	}
	if *jsonOut {
		if o.format != "text" && o.format != "json" {
			return bad("-json and -format=%s disagree", o.format)
		}
		o.format = "json"
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return bad("-format: unknown format %q; valid: text, json, sarif", o.format)
	}
	switch o.fail {
	case string(rules.Error), string(rules.Warning), "none":
	default:
		return bad("-fail: unknown severity %q; valid: error, warning, none", o.fail)
	}
	if o.diff {
		o.fix = true // -diff shows what -fix would write
	}
	switch {
	case o.fix && o.format != "text":
		return bad("-fix writes files; it cannot be combined with -format=%s", o.format)
	case o.fix && o.writeBaseline:
		return bad("-fix and -write-baseline do not combine: record the baseline first, or fix first")
	case o.writeBaseline && o.baseline == "":
		return bad("-write-baseline needs -baseline=FILE")
	case o.context >= 0 && o.format != "text":
		return bad("-c shows source around text findings; it does not apply to -format=%s", o.format)
	}
	if err := analyzer.Validate(o.analyzer); err != nil {
		return bad("%v", err)
	}
	if len(o.patterns) == 0 {
		return bad("no packages to check (for example: relcheck ./...)")
	}
	return o, 0, true
}

// usage is relcheck -h: what a user can type, nothing else.
func usage(w io.Writer) {
	fmt.Fprint(w, `relcheck proves ORM relationship mappings (GORM, Bun, go-pg, ent) correct.

Usage:
  relcheck [flags] packages...      check packages, e.g. relcheck ./...
  relcheck -explain RULE            print a rule's page
  relcheck schema [flags] DIR...    read migrations (or -dsn) into the
                                    models' package: relcheck-schema -h
  go vet -vettool=$(command -v relcheck) [check flags] packages...

Output:
  -format text|json|sarif   output format (default text); -json is -format=json
  -c N                      text: show N lines of source around each finding
  -fix                      apply the suggested fixes
  -diff                     print the fixes as a diff instead of applying them
  -fail error|warning|none  least severity that makes relcheck exit 3 (default warning)
  -baseline FILE            report only findings that FILE does not record
  -write-baseline           record today's findings in the -baseline FILE

Checks:
  -disable RULE,...         turn rules off
  -enable RULE,...          turn opt-in rules on (all: every rule)
  -dialects ORM,...         ORMs to check (default gorm,bun,gopg,ent)
  -fk-constraints=false     the migrations create no FOREIGN KEY constraints
  -test=false               leave out _test.go files

Other:
  -explain RULE             print a rule's page
  -version                  print relcheck's version

Exit status: 0 no findings; 3 findings remain (at or above -fail, also
with -json, -format=sarif and -fix); 1 error (bad flags, unknown rule,
packages that do not load).

Silence one finding with a comment on the field, the line above it, or
the struct type:  //relcheck:ignore RULE[,RULE] reason

Rules:
`)
	for _, r := range rules.All() {
		sev := string(r.Severity)
		if r.OptIn {
			sev += ", opt-in"
		}
		fmt.Fprintf(w, "  %s  %s\n", r.ID, sev)
		for _, l := range wrap(r.Summary, 72) {
			fmt.Fprintf(w, "      %s\n", l)
		}
	}
}

// wrap breaks s into lines of at most n characters, at spaces.
func wrap(s string, n int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > n {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return append(lines, line)
}
