// Package verdict asks the ORMs themselves about a set of models and
// reports what they say, as JSON on standard output. The oracle tests
// run it in a temporary module next to models lifted from the ORMs' own
// _test.go files (which only a compiled program can hand to the ORM).
package verdict

import (
	"encoding/json"
	"fmt"
	"os"
)

// print writes v as JSON to standard output, or exits non-zero.
func print(v any) {
	if err := json.NewEncoder(os.Stdout).Encode(v); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// recovered runs f and returns what it panicked with, or "".
func recovered(f func()) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
		}
	}()
	f()
	return ""
}
