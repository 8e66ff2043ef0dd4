package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/relcheck/relcheck/internal/rules"
)

// printText writes each reported finding that is still there as
// file:line:col: severity: rule: message, its related positions indented
// below it, and with -c N the source lines around it.
func printText(w io.Writer, rep *report, context int) {
	sources := map[string][]string{}
	for _, f := range rep.reported() {
		if f.fixed {
			continue
		}
		fmt.Fprintf(w, "%s: %s: %s: %s\n", f.pos, f.severity, f.rule, f.message)
		for _, r := range f.related {
			fmt.Fprintf(w, "\t%s: %s\n", r.pos, r.message)
		}
		if context >= 0 && f.pos.Line > 0 {
			lines, ok := sources[f.pos.Filename]
			if !ok {
				b, _ := os.ReadFile(f.pos.Filename)
				lines = strings.Split(string(b), "\n")
				sources[f.pos.Filename] = lines
			}
			for l := max(1, f.pos.Line-context); l <= f.pos.Line+context && l <= len(lines); l++ {
				fmt.Fprintf(w, "%6d\t%s\n", l, lines[l-1])
			}
		}
	}
}

// printSummary is the last line on stderr in text mode: what was checked
// and what was found, so a clean run and a run that found no models look
// different.
func printSummary(w io.Writer, rep *report, o *options) {
	if len(rep.errors) > 0 && rep.packages == 0 {
		return
	}
	var errs, warns, fixed int
	for _, f := range rep.reported() {
		switch {
		case f.fixed:
			fixed++
		case f.severity == rules.Error:
			errs++
		default:
			warns++
		}
	}
	var s string
	if rep.models == 0 {
		s = fmt.Sprintf("no models found in %s (dialects %s)", plural(rep.packages, "package"), o.analyzer.Flags.Lookup("dialects").Value)
	} else {
		found := "no findings"
		if errs+warns > 0 {
			found = plural(errs, "error") + ", " + plural(warns, "warning")
		}
		s = fmt.Sprintf("%s in %s: %s", plural(rep.models, "model"), plural(rep.packages, "package"), found)
	}
	if n := len(rep.findings) - len(rep.reported()); n > 0 {
		s += fmt.Sprintf("; %d more in the baseline", n)
	}
	if rep.stale > 0 {
		s += fmt.Sprintf("; %s of the baseline no longer found (rewrite it with -write-baseline)", plural(rep.stale, "entry"))
	}
	if o.fix {
		verb := "fixed"
		if o.diff {
			verb = "the diff fixes"
		}
		s += fmt.Sprintf("; %s %d in %s", verb, fixed, plural(rep.files, "file"))
	}
	fmt.Fprintln(w, "relcheck: "+s)
}
