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
	if dsn == "" {
		return fail("-dsn is empty; if go generate expands it from a variable ($DATABASE_URL), that variable is not set")
	}
	if fs.NArg() > 0 {
		return fail("-dsn reads a database, not migrations; drop the directories %v or the -dsn", fs.Args())
	}
	src, err := introspect.Parse(dsn)
	if err != nil {
		return fail("%v", err)
	}
	if d := fs.Lookup("dialect").Value.String(); isSet(fs, "dialect") && d != src.Dialect {
		return fail("-dialect=%s, but -dsn names a %s database", d, src.Dialect)
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

// isSet reports whether the command line set the flag, even to "".
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
