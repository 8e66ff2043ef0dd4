// Package sarif validates relcheck's SARIF output against the official
// SARIF 2.1.0 JSON schema (OASIS errata01), with a real validator.
package sarif

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/relcheck/relcheck/internal/rules"
)

// The official schema ships in gosec's module (report/sarif/testdata); the
// Go module proxy serves it, so the test fetches it as a module rather
// than keeping a copy here.
const schemaModule = "github.com/securego/gosec/v2@v2.30.0"

func schemaPath(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "mod", "download", "-json", schemaModule).Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v", schemaModule, err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		t.Fatalf("no module dir: %v %s", err, out)
	}
	return filepath.Join(m.Dir, "report", "sarif", "testdata", "sarif-schema-2.1.0.json")
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads the schema and builds relcheck")
	}
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(schemaPath(t))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "relcheck")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/relcheck/relcheck/cmd/relcheck").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-format=sarif", "./broken/...")
	cmd.Dir = "../../example"
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("relcheck -format=sarif: %v (want exit 3)\n%s", err, stderr.String())
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(stdout.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("SARIF does not validate:\n%v", err)
	}
	// A control: the same log with a result lacking its message must
	// fail, or the validator is not looking.
	broken := bytes.Replace(stdout.Bytes(), []byte(`"message": {`), []byte(`"messages": {`), 1)
	if doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(broken)); err != nil || schema.Validate(doc) == nil {
		t.Fatalf("the validator accepted a result without a message (%v)", err)
	}

	// Beyond validity: the content a code-scanning service shows.
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID      string `json:"id"`
						HelpURI string `json:"helpUri"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID           string            `json:"ruleId"`
				RelatedLocations []json.RawMessage `json:"relatedLocations"`
				Fixes            []json.RawMessage `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	// One per default rule, as the example's test holds the broken set
	// to; schema-drift needs migrations, which ./schema/broken has.
	defaults := 0
	for _, r := range rules.All() {
		if !r.OptIn && r.ID != "schema-drift" {
			defaults++
		}
	}
	if len(run.Results) != defaults {
		t.Errorf("got %d results, want one per default rule but schema-drift (%d)", len(run.Results), defaults)
	}
	related, fixes := 0, 0
	for _, r := range run.Results {
		related += len(r.RelatedLocations)
		fixes += len(r.Fixes)
	}
	if related == 0 || fixes == 0 {
		t.Errorf("results carry %d related locations and %d fixes; want both", related, fixes)
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ID != "directive" && r.ID != "internal" && !strings.HasSuffix(r.HelpURI, "/docs/rules/"+r.ID+".md") {
			t.Errorf("rule %s: helpUri %q", r.ID, r.HelpURI)
		}
	}
}
