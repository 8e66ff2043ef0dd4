// Package sites runs relcheck on a package of call-site cases (one
// function per case) and says which findings each case drew.
package sites

import (
	"fmt"
	"go/ast"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Findings returns the call-site findings of the package at path, by the
// name of the function each sits in.
func Findings(t *testing.T, path string) map[string][]run.Finding {
	t.Helper()
	pkgs := run.Load(t, false, path)
	_, fs := run.Analyze(t, analyzer.Analyzer, pkgs)
	out := map[string][]run.Finding{}
	p := pkgs[0]
	for _, f := range fs {
		if f.Category != "relation-missing" && f.Category != "join-to-many" {
			t.Errorf("a finding outside the call-site rules: %s", f.Message)
			continue
		}
		name := ""
		for _, file := range p.Syntax {
			for _, d := range file.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if ok && p.Fset.Position(fd.Pos()).Line <= f.Line && f.Line <= p.Fset.Position(fd.End()).Line {
					name = fd.Name.Name
				}
			}
		}
		out[name] = append(out[name], f)
	}
	return out
}

var quoted = regexp.MustCompile(`(?:fails with|panics while scanning \() ("(?:[^"\\]|\\.)*")`)

// Check holds one case: the ORM failed (err, or a panic) exactly when
// relcheck reported, and the ORM's text contains what the message quotes.
func Check(t *testing.T, name string, fs []run.Finding, failure string) {
	t.Helper()
	switch {
	case failure == "" && len(fs) == 0:
		t.Logf("%s: the ORM runs it; relcheck is silent", name)
	case failure == "":
		t.Errorf("%s: the ORM runs it, but relcheck says: %s", name, fs[0].Message)
	case len(fs) == 0:
		t.Errorf("%s: the ORM fails (%s), relcheck is silent", name, failure)
	default:
		t.Logf("%s: the ORM fails: %s\n\trelcheck: %s", name, failure, fs[0].Message)
		for _, f := range fs {
			for _, m := range quoted.FindAllStringSubmatch(f.Message, -1) {
				want, err := strconv.Unquote(m[1])
				if err == nil && !says(failure, want) {
					t.Errorf("%s: the message quotes %q; the ORM says %q", name, want, failure)
				}
			}
		}
	}
}

// Run calls f, turning a panic into its text.
func Run(f func() error) (failure string) {
	defer func() {
		if e := recover(); e != nil {
			failure = fmt.Sprint("panic: ", e)
		}
	}()
	if err := f(); err != nil {
		return err.Error()
	}
	return ""
}

// says reports whether the ORM's text holds want as a whole: "schema User"
// is not in "schema UserRow".
func says(failure, want string) bool {
	for i := strings.Index(failure, want); i >= 0; {
		end := i + len(want)
		if end == len(failure) || !unicode.IsLetter(rune(failure[end])) && !unicode.IsDigit(rune(failure[end])) {
			return true
		}
		j := strings.Index(failure[i+1:], want)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
