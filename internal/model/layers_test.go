package model_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The pipeline's direction, as ARCHITECTURE.md's table states it: which
// internal packages each internal package may import. Dialects and rules
// both build on the model and never import each other; only the analyzer
// joins them.
var mayImport = []struct{ pkg, allowed string }{
	{"internal/dialects/internal/dialecttest", "internal/"}, // test support: runs dialects and rules together
	{"internal/dialects", "internal/dialects internal/model internal/spell internal/schema"},
	{"internal/rules", "internal/model internal/schema internal/spell"},
	{"internal/model", "internal/schema"},
	{"internal/schema", "internal/schema"},
	{"internal/load", "internal/dialects"}, // which imports are an ORM's
	{"internal/spell", ""},
	{"internal/sarif", ""},
}

func TestLayers(t *testing.T) {
	const mod = "github.com/relcheck/relcheck/"
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", mod+"internal/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(strings.ReplaceAll(line, mod, ""))
		rule := ""
		for _, m := range mayImport {
			if f[0] == m.pkg || strings.HasPrefix(f[0], m.pkg+"/") {
				rule = m.allowed
				break
			}
		}
		checked++
		for _, imp := range f[1:] {
			if !strings.HasPrefix(imp, "internal/") {
				continue
			}
			ok := false
			for _, a := range strings.Fields(rule) {
				if imp == a || strings.HasPrefix(imp, strings.TrimSuffix(a, "/")+"/") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s imports %s; it may import only: %s", f[0], imp, rule)
			}
		}
	}
	if checked < 10 {
		t.Fatalf("checked %d packages; go list gave:\n%s", checked, out)
	}
}
