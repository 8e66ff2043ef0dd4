package example

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
)

// modelSets are the packages the tests analyse. They are loaded and
// type-checked in one go/packages call, with their dependencies from
// source, because each load of GORM, Bun, go-pg and ent costs seconds of
// CPU and every set shares them.
var modelSets = []string{
	"./broken", "./correct",
	"./bun/broken", "./bun/correct",
	"./gopg/broken", "./gopg/correct",
	"./ent/broken", "./ent/correct",
	"./schema/broken", "./schema/correct",
}

var shared struct {
	once sync.Once
	pkgs map[string]*packages.Package // by pattern
	err  error
}

// loaded returns the package of pattern (one of modelSets) from the
// shared load.
func loaded(t *testing.T, pattern string) *packages.Package {
	t.Helper()
	shared.once.Do(func() {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Env: os.Environ()}
		pkgs, err := packages.Load(cfg, modelSets...)
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = errors.New("the model sets do not load without errors")
		}
		shared.err = err
		shared.pkgs = map[string]*packages.Package{}
		for _, p := range pkgs {
			shared.pkgs["./"+strings.TrimPrefix(p.PkgPath, modulePath+"/")] = p
		}
	})
	if shared.err != nil {
		t.Fatalf("load: %v", shared.err)
	}
	p := shared.pkgs[pattern]
	if p == nil {
		t.Fatalf("%s is not among the shared model sets", pattern)
	}
	return p
}

const modulePath = "github.com/relcheck/relcheck/example"
