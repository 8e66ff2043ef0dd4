package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/relcheck/relcheck/analyzer"
)

// shop is the twopkg module with two more packages: fixes (two findings
// with suggested fixes) and warn (a warning only).
func shop(t *testing.T) string {
	t.Helper()
	dir := module(t)
	for _, d := range []string{"fixes", "warn"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, filepath.Join(dir, "fixes", "fixes.go"), fixesSrc)
	write(t, filepath.Join(dir, "warn", "warn.go"), `package warn

type User struct {
	ID     uint
	Posts  []Post `+"`gorm:\"constraint:OnDelete:CASCADE\"`"+`
	Pinned []Post
}

type Post struct {
	ID     uint
	UserID uint
}
`)
	return dir
}

const fixesSrc = `package fixes

type User struct {
	ID      uint
	Email   string ` + "`gorm:\"uniqe\"`" + `
	Profile Profile
}

type Profile struct {
	ID     uint
	UserID uint
}
`

// runOut runs relcheck in dir and returns stdout, stderr and the exit code.
func runOut(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(build(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

// Every output path exits by one table: 0 clean, 3 findings remain, 1
// error; -fail chooses which severities count.
func TestExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"./models/..."}, 0},
		{[]string{"-json", "./models/..."}, 0},
		{[]string{"-format=sarif", "./models/..."}, 0},
		{[]string{"./orders/..."}, 3},
		{[]string{"-json", "./orders/..."}, 3},
		{[]string{"-format=json", "./orders/..."}, 3},
		{[]string{"-format=sarif", "./orders/..."}, 3},
		{[]string{"-c=1", "./orders/..."}, 3},
		{[]string{"-fix", "-diff", "./orders/..."}, 3}, // no fix: the finding stays
		{[]string{"-fix", "-diff", "./fixes/..."}, 0},  // every finding has a fix
		{[]string{"./warn/..."}, 3},
		{[]string{"-fail=error", "./warn/..."}, 0},
		{[]string{"./warn/...", "-fail=error"}, 0}, // flags after the packages, as go vet users type them
		{[]string{"-fail=error", "-json", "./..."}, 3},
		{[]string{"-fail=none", "./..."}, 0},
		{[]string{"./nope/..."}, 1},
		{[]string{"-json", "./nope/..."}, 1},
		{[]string{"-format=sarif", "./nope/..."}, 1},
		{[]string{"-fix", "./nope/..."}, 1},
		{[]string{"-explain", "fk-missing"}, 0},
		{[]string{"-explain", "nope"}, 1},
	} {
		if _, errOut, code := runOut(t, dir, c.args...); code != c.want {
			t.Errorf("relcheck %s: exit %d, want %d\n%s", strings.Join(c.args, " "), code, c.want, errOut)
		}
	}
}

// A bad flag stops every path with exit 1, one line and a hint, before
// anything is loaded or written.
func TestBadFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	paths := [][]string{{}, {"-json"}, {"-format=sarif"}, {"-fix"}, {"-fix", "-diff"}, {"-diff"}, {"-baseline=b.json", "-write-baseline"}, {"-c=1"}}
	bad := [][]string{
		{"-enable=nope"}, {"-disable=nope"}, {"-dialects=beego"}, {"-dialects="},
		{"-nope"}, {"-format=xml"}, {"-fail=critical"}, {"-c"},
	}
	for _, p := range paths {
		for _, b := range bad {
			args := append(append(append([]string{}, p...), b...), "./fixes/...")
			out, errOut, code := runOut(t, dir, args...)
			name := "relcheck " + strings.Join(args, " ")
			if code != 1 {
				t.Errorf("%s: exit %d, want 1", name, code)
			}
			if out != "" {
				t.Errorf("%s: wrote to stdout:\n%s", name, out)
			}
			lines := strings.Split(strings.TrimSpace(errOut), "\n")
			if len(lines) != 2 || !strings.HasPrefix(lines[0], "relcheck: ") || lines[1] != "run 'relcheck -h' for usage" {
				t.Errorf("%s: want one line and the hint, got:\n%s", name, errOut)
			}
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "fixes", "fixes.go"))
	if err != nil || string(b) != fixesSrc {
		t.Errorf("a run with a bad flag changed fixes.go")
	}
	if _, err := os.Stat(filepath.Join(dir, "b.json")); err == nil {
		t.Errorf("a run with a bad flag wrote the baseline")
	}
	// Combinations that cannot work are bad flags too.
	for _, args := range [][]string{
		{"-fix", "-json", "./fixes/..."}, {"-diff", "-format=sarif", "./fixes/..."},
		{"-write-baseline", "./fixes/..."}, {"-json", "-format=sarif", "./fixes/..."},
		{"-fix", "-baseline=b.json", "-write-baseline", "./fixes/..."}, {"-c=2", "-json", "./fixes/..."},
		{},
	} {
		if _, errOut, code := runOut(t, dir, args...); code != 1 || !strings.Contains(errOut, "run 'relcheck -h' for usage") {
			t.Errorf("relcheck %s: exit %d, want 1 with the hint\n%s", strings.Join(args, " "), code, errOut)
		}
	}
}

// -h lists what a user can type, with short lines, and nothing else.
func TestHelp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	out, _, code := runOut(t, ".", "-h")
	if code != 0 {
		t.Errorf("-h: exit %d", code)
	}
	for _, f := range []string{"-fix", "-diff", "-json", "-format", "-fk-constraints", "-disable", "-enable", "-dialects",
		"-fail", "-baseline", "-write-baseline", "-explain", "-version", "-test", "-c N", "fk-unindexed", "Exit status: 0"} {
		if !strings.Contains(out, f) {
			t.Errorf("-h does not mention %s", f)
		}
	}
	for _, f := range []string{"-all", "-source", "-tags", "-v ", "-cpuprofile", "-memprofile", "-trace", "-flags", "-V"} {
		if strings.Contains(out, "  "+f) {
			t.Errorf("-h lists %s", f)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 90 {
			t.Errorf("-h line of %d characters: %s", len([]rune(l)), l)
		}
	}
}

// Text findings name severity and rule once, relative to the working
// directory, with a summary on stderr; -c shows the source around them.
func TestTextOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	out, errOut, _ := runOut(t, dir, "-c=1", "./...")
	for _, re := range []string{
		`(?m)^fixes/fixes\.go:5:24: error: tag-syntax: User\.Email: unknown GORM setting "uniqe"`,
		`(?m)^warn/warn\.go:6:2: warning: inverse-ambiguous: User\.Posts`,
		`(?m)^\tfixes/fixes\.go:11:2: the foreign key Profile\.UserID$`,
		`(?m)^\s+5\t\tEmail   string ` + "`" + `gorm:"uniqe"` + "`$",
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("text output lacks %s:\n%s", re, out)
		}
	}
	if strings.Contains(out, "tag-syntax: tag-syntax") || strings.Contains(out, dir) {
		t.Errorf("rule ID twice, or an absolute path:\n%s", out)
	}
	if errOut != "relcheck: 6 models in 4 packages: 3 errors, 1 warning\n" {
		t.Errorf("summary: %q", errOut)
	}
}

// -json carries severity, relative positions and fixes as file offsets.
func TestJSONOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	out, _, code := runOut(t, dir, "-json", "./fixes/...", "./warn/...")
	var js map[string]map[string][]struct {
		Posn, Severity, Category, Message string
		Fixes                             []struct {
			Edits []struct {
				Filename   string
				Start, End int
				New        string
			}
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil || code != 3 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	fx := js["example.com/shop/fixes"]["relcheck"]
	if len(fx) != 2 || fx[0].Severity != "error" || fx[0].Category != "tag-syntax" || fx[0].Posn != "fixes/fixes.go:5:24" ||
		strings.HasPrefix(fx[0].Message, "tag-syntax") || len(fx[0].Fixes) != 1 || fx[0].Fixes[0].Edits[0].Filename != "fixes/fixes.go" {
		t.Errorf("fixes: %+v", fx)
	}
	if w := js["example.com/shop/warn"]["relcheck"]; len(w) != 1 || w[0].Severity != "warning" {
		t.Errorf("warn: %+v", w)
	}
}

// A SARIF document is written even when loading fails: the upload step
// gets the reason, not an empty file.
func TestSARIF(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	type log struct {
		Runs []struct {
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct{ Message struct{ Text string } }
			}
			Results []struct {
				RuleID, Level string
				Message       struct{ Text string }
				Locations     []struct {
					PhysicalLocation struct{ ArtifactLocation struct{ URI string } }
				}
			}
		}
	}
	out, _, code := runOut(t, dir, "-format=sarif", "./nope/...")
	var l log
	if err := json.Unmarshal([]byte(out), &l); err != nil || code != 1 || len(l.Runs) != 1 {
		t.Fatalf("load failure: exit %d, %v:\n%s", code, err, out)
	}
	inv := l.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) == 0 ||
		!strings.Contains(inv[0].ToolExecutionNotifications[0].Message.Text, "nope") {
		t.Errorf("load failure: invocations %+v", inv)
	}

	// A type error is reported, and the well-typed models still are.
	write(t, filepath.Join(dir, "fixes", "broken.go"), "package fixes\n\nfunc n() int { return \"x\" }\n")
	out, _, code = runOut(t, dir, "-format=sarif", "./fixes/...")
	l = log{}
	if err := json.Unmarshal([]byte(out), &l); err != nil || code != 1 {
		t.Fatalf("type error: exit %d, %v:\n%s", code, err, out)
	}
	r := l.Runs[0]
	if r.Invocations[0].ExecutionSuccessful || !strings.Contains(r.Invocations[0].ToolExecutionNotifications[0].Message.Text, "fixes/broken.go:3") {
		t.Errorf("type error: invocations %+v", r.Invocations)
	}
	if len(r.Results) != 2 || r.Results[0].RuleID != "tag-syntax" || r.Results[0].Level != "error" ||
		r.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "fixes/fixes.go" ||
		strings.HasPrefix(r.Results[0].Message.Text, "tag-syntax") {
		t.Errorf("type error: results %+v", r.Results)
	}
}

// -version names the module version, "devel" for a build from a
// checkout; -V=full is the line go vet parses (TestGoVetVettool runs it).
func TestVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	for _, args := range [][]string{{"-version"}, {"-V"}} {
		out, _, code := runOut(t, ".", args...)
		if code != 0 || !regexp.MustCompile(`^relcheck devel( \([0-9a-f]{12}\))?, go1\.\d+`).MatchString(out) {
			t.Errorf("%s: exit %d, %q", args[0], code, out)
		}
	}
	out, _, code := runOut(t, ".", "-V=full")
	f := strings.Fields(out)
	if code != 0 || len(f) != 4 || f[0] != "relcheck" || f[1] != "version" || f[2] != "devel" || !regexp.MustCompile(`^buildID=[0-9a-f]{64}$`).MatchString(f[3]) {
		t.Errorf("-V=full: exit %d, %q", code, out)
	}
}

// -explain prints the rule's page as text, without Markdown markup.
func TestExplain(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	out, _, code := runOut(t, ".", "-explain", "set-null-not-nullable")
	if code != 0 || !strings.HasPrefix(out, "set-null-not-nullable\n=====") || !strings.Contains(out, "    type Author struct {") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "    ") {
			continue // code keeps its backquotes
		}
		for _, md := range []string{"```", "**", "`", "## ", "]("} {
			if strings.Contains(l, md) {
				t.Errorf("-explain output has Markdown %q: %s", md, l)
			}
		}
	}
}

// A baseline records today's findings by rule, model and field; a later
// run reports only new ones, even after lines moved.
func TestBaseline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	dir := shop(t)
	_, errOut, code := runOut(t, dir, "-baseline=relcheck-baseline.json", "-write-baseline", "./...")
	if code != 0 || errOut != "relcheck: recorded 4 findings in relcheck-baseline.json\n" {
		t.Fatalf("write: exit %d, %s", code, errOut)
	}
	out, errOut, code := runOut(t, dir, "-baseline=relcheck-baseline.json", "./...")
	if code != 0 || out != "" || !strings.Contains(errOut, "no findings; 4 more in the baseline") {
		t.Errorf("same code: exit %d\n%s%s", code, out, errOut)
	}
	// Lines move (a comment on top), and a new mistake appears.
	src := strings.Replace(fixesSrc, "package fixes\n", "package fixes\n\n// Users and their profiles.\n// More text.\n", 1)
	src += "\ntype Team struct {\n\tID    uint\n\tName  string `gorm:\"uniqe\"`\n}\n"
	write(t, filepath.Join(dir, "fixes", "fixes.go"), src)
	out, errOut, code = runOut(t, dir, "-baseline=relcheck-baseline.json", "./...")
	if code != 3 || strings.Count(out, "\n") != 1 || !regexp.MustCompile(`^fixes/fixes\.go:19:\d+: error: tag-syntax: Team\.Name`).MatchString(out) {
		t.Errorf("a new finding: exit %d\n%s%s", code, out, errOut)
	}
	// Fixed findings leave stale entries, which the summary mentions.
	write(t, filepath.Join(dir, "warn", "warn.go"), "package warn\n")
	_, errOut, _ = runOut(t, dir, "-baseline=relcheck-baseline.json", "./...")
	if !strings.Contains(errOut, "1 entry of the baseline no longer found") {
		t.Errorf("stale entry not mentioned: %s", errOut)
	}
	if _, errOut, code := runOut(t, dir, "-baseline=missing.json", "./..."); code != 1 {
		t.Errorf("missing baseline: exit %d\n%s", code, errOut)
	}
}

// -fix -diff prints a diff that git apply accepts and that is exactly
// what -fix writes; the fixed code draws no more findings.
func TestFixAndDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := shop(t)
	// Put the fixes after a shorter first hunk's worth of lines, so a
	// wrong hunk header would show.
	src := strings.Replace(fixesSrc, "type Profile struct {", strings.Repeat("// filler\n", 12)+"type Profile struct {", 1)
	write(t, filepath.Join(dir, "fixes", "fixes.go"), src)
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"}} {
		if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", args, err, out)
		}
	}
	diff, errOut, code := runOut(t, dir, "-diff", "./fixes/...", "./orders/...")
	if code != 3 || !strings.HasPrefix(diff, "--- a/fixes/fixes.go\n+++ b/fixes/fixes.go\n@@ -2,7 +2,7 @@\n") ||
		!strings.Contains(diff, "\n@@ -20,5 +20,5 @@\n") {
		t.Fatalf("exit %d, diff:\n%s\nstderr:\n%s", code, diff, errOut)
	}
	if !strings.Contains(errOut, "orders/orders.go:9:2: error: fk-type-mismatch") || strings.Contains(errOut, "tag-syntax") {
		t.Errorf("-diff: the unfixable finding goes to stderr, the fixed ones nowhere:\n%s", errOut)
	}
	patch := filepath.Join(t.TempDir(), "fix.patch")
	write(t, patch, diff)
	if out, err := exec.Command("git", "-C", dir, "apply", "--check", patch).CombinedOutput(); err != nil {
		t.Fatalf("git apply refuses the diff: %v\n%s\n%s", err, out, diff)
	}
	if _, _, code := runOut(t, dir, "-fix", "./fixes/..."); code != 0 {
		t.Errorf("-fix: exit %d, want 0 (every finding fixed)", code)
	}
	if out, err := exec.Command("git", "-C", dir, "diff", "--no-color", "--no-prefix", "-U3").CombinedOutput(); err != nil {
		t.Fatal(err)
	} else if got, want := hunks(string(out)), hunks(diff); got != want {
		t.Errorf("-fix wrote other changes than -diff showed:\n%s\nwant\n%s", got, want)
	}
	if out, errOut, code := runOut(t, dir, "./fixes/..."); code != 0 || out != "" {
		t.Errorf("after -fix: exit %d\n%s%s", code, out, errOut)
	}
}

// hunks is a diff from its first hunk on, file headers and git's
// function context after "@@" dropped.
func hunks(d string) string {
	if i := strings.Index(d, "\n@@"); i >= 0 {
		d = d[i+1:]
	}
	lines := strings.Split(d, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "@@ ") {
			lines[i] = l[:strings.Index(l[3:], "@@")+5]
		}
	}
	return strings.Join(lines, "\n")
}

// relcheck schema hands its arguments to relcheck-schema, beside relcheck
// or on PATH, and exits with its status; without it, one line says how
// to install it.
func TestSchemaCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	t.Setenv("PATH", t.TempDir())
	_, errOut, code := runOut(t, ".", "schema", "-dialect=mysql", "migrations")
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "go install github.com/relcheck/relcheck/cmd/relcheck-schema@") {
		t.Errorf("without relcheck-schema: exit %d, stderr %q; want 1 and an install hint", code, errOut)
	}
	fake := t.TempDir()
	write(t, filepath.Join(fake, "relcheck-schema"), "#!/bin/sh\necho \"args: $*\"\nexit 3\n")
	if err := os.Chmod(filepath.Join(fake, "relcheck-schema"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", fake)
	out, _, code := runOut(t, ".", "schema", "-dialect=mysql", "migrations")
	if code != 3 || out != "args: -dialect=mysql migrations\n" {
		t.Errorf("with relcheck-schema on PATH: exit %d, stdout %q; want 3 and the arguments passed on", code, out)
	}
}

// -h gives the -dialects default the analyzer really has.
func TestHelpDialects(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs relcheck")
	}
	out, _, _ := runOut(t, ".", "-h")
	want := "(default " + analyzer.Analyzer.Flags.Lookup("dialects").DefValue + ")"
	if !strings.Contains(out, want) {
		t.Errorf("-h does not say %s", want)
	}
}
