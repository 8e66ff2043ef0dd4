package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The generated module compiles, relcheck is silent on the correct one,
// and with faults it reports exactly the faults listed.
func TestGeneratedModule(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "relcheck")
	if out, err := exec.Command("go", "build", "-o", bin, filepath.Join(root, "cmd", "relcheck")).CombinedOutput(); err != nil {
		t.Fatalf("build relcheck: %v\n%s", err, out)
	}
	for _, faults := range []int{0, 8} {
		dir := t.TempDir()
		gen := exec.Command("go", "run", ".", "-out", dir, "-pkgs", "4", "-models", "24", "-stub", "-faults", itoa(faults))
		listed, err := gen.Output()
		if err != nil {
			t.Fatalf("genmodels: %v", err)
		}
		vet := exec.Command("go", "vet", "./...")
		vet.Dir = dir
		vet.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
		if out, err := vet.CombinedOutput(); err != nil {
			t.Fatalf("go vet on the generated module: %v\n%s", err, out)
		}
		run := exec.Command(bin, "./...")
		run.Dir = dir
		run.Env = vet.Env
		out, _ := run.CombinedOutput()
		var want, got []string
		sc := bufio.NewScanner(strings.NewReader(string(listed)))
		for sc.Scan() {
			f := strings.Fields(sc.Text()) // rule package model ...
			want = append(want, f[0]+" "+f[1]+" "+f[2])
		}
		line := regexp.MustCompile(`(?m)(?:^|/)(pkg\d+)/models\.go:\d+:\d+: (?:error: |warning: )([a-z-]+): (\w+)\.`)
		for _, m := range line.FindAllStringSubmatch(string(out), -1) {
			got = append(got, m[2]+" "+m[1]+" "+m[3])
		}
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("faults=%d:\nlisted:\n%s\nreported:\n%s\nrelcheck output:\n%s", faults, strings.Join(want, "\n"), strings.Join(got, "\n"), out)
		}
		if faults > 0 && len(want) != faults {
			t.Errorf("asked for %d faults, got %d listed", faults, len(want))
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
