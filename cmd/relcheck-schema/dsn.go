package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/relcheck/relcheck/internal/schema/introspect"
)

// fromDSN is relcheck-schema -dsn: the schema comes from a running
// database's catalog instead of migrations. The file names neither the
// server nor the user, so it is the same wherever it is generated.
func fromDSN(fs *flag.FlagSet, dsn, ns, out, pkg string, check bool, stdout, stderr io.Writer) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "relcheck-schema: "+format+"\n", args...)
		return 1
	}
	if fs.NArg() > 0 {
		return fail("-dsn reads a database, not migrations; drop the directories %v or the -dsn", fs.Args())
	}
	src, err := introspect.Parse(dsn)
	if err != nil {
		return fail("%v", err)
	}
	var dialectErr error
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "dialect" && f.Value.String() != src.Dialect {
			dialectErr = fmt.Errorf("-dialect=%s, but -dsn names a %s database", f.Value, src.Dialect)
		}
	})
	if dialectErr != nil {
		return fail("%v", dialectErr)
	}
	s, err := introspect.Read(context.Background(), dsn, ns)
	if err != nil {
		return fail("%v", err)
	}
	regen := "relcheck-schema -dsn=URL"
	what := fmt.Sprintf("the %s schema read from a running database's catalog", src.Dialect)
	if ns != "" {
		regen += " -schema=" + ns
		what = fmt.Sprintf("the %s schema %s read from a running database's catalog", src.Dialect, ns)
	}
	return emit(s, out, pkg, check, stdout, stderr, source{what: what, regen: regen, from: "the database"})
}
