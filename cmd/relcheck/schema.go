package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// schemaCommand is `relcheck schema ...`: the migration and database
// reader, which lives in its own binary, relcheck-schema, because its SQL
// parsers and drivers would triple relcheck's size and build time for
// every go vet and editor run. relcheck finds it beside itself or on
// PATH and hands it the arguments.
func schemaCommand(args []string, stdout, stderr io.Writer) int {
	bin := schemaBinary()
	if bin == "" {
		v, _ := version()
		if v == "devel" {
			v = "latest"
		}
		fmt.Fprintf(stderr, "relcheck schema: relcheck-schema is not installed; install it with: go install github.com/relcheck/relcheck/cmd/relcheck-schema@%s\n", v)
		return exitError
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, stdout, stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return exitClean
	case errors.As(err, &exit) && exit.ExitCode() > 0:
		return exit.ExitCode()
	default:
		fmt.Fprintf(stderr, "relcheck schema: %v\n", err)
		return exitError
	}
}

// schemaBinary is relcheck-schema beside the running relcheck (go install
// puts both in one directory), else on PATH; "" when neither.
func schemaBinary() string {
	name := "relcheck-schema"
	if self, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(self), name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	return ""
}
