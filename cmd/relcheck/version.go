package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
)

// version is the module version relcheck was built from (go install
// ...@v1.2.0, go get -tool), or "devel" for a build from a checkout or a
// replaced module.
func version() (v, revision string) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel", ""
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			revision = s.Value[:12]
		}
	}
	m := &bi.Main
	for _, d := range bi.Deps {
		if d.Path == "github.com/relcheck/relcheck" {
			m = d // built as a tool of another module
		}
	}
	if m.Replace != nil || m.Version == "" || m.Version == "(devel)" {
		return "devel", revision
	}
	return m.Version, revision
}

func printVersion(w io.Writer) {
	v, rev := version()
	if rev != "" {
		v += " (" + rev + ")"
	}
	fmt.Fprintf(w, "relcheck %s, %s\n", v, runtime.Version())
}

// printVetVersion answers go vet's -V=full handshake. go vet caches
// results by this line: a release names its version; a devel build adds
// the hash of its own executable, so a rebuilt relcheck is rerun.
func printVetVersion(w io.Writer) {
	v, _ := version()
	if v != "devel" {
		fmt.Fprintf(w, "relcheck version %s\n", v)
		return
	}
	id := "unknown"
	if exe, err := os.Executable(); err == nil {
		if b, err := os.ReadFile(exe); err == nil {
			id = fmt.Sprintf("%x", sha256.Sum256(b))
		}
	}
	fmt.Fprintf(w, "relcheck version devel buildID=%s\n", id)
}
