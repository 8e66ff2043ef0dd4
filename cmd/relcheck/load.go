package main

import (
	"github.com/relcheck/relcheck/internal/load"
	"golang.org/x/tools/go/packages"
)

// loadPackages is internal/load's loader, in dir ("" for the current
// directory), with the module information the driver's messages use.
func loadPackages(dir string, patterns []string, tests bool) ([]*packages.Package, error) {
	return load.Packages(&packages.Config{Dir: dir, Mode: packages.NeedModule, Tests: tests}, patterns...)
}
