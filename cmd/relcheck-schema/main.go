// Command relcheck-schema reads SQL migrations, or a running database's
// catalog, and writes the schema into the models' package, where relcheck
// reads it:
//
//	relcheck-schema -dialect=postgres ../migrations
//	relcheck-schema -dsn=$DATABASE_URL
//
// It is a command of its own so that relcheck, which go vet and editors
// run on every package, does not carry PostgreSQL's and MySQL's parsers,
// SQLite or the database drivers.
package main

import "os"

func main() { os.Exit(runSchema(os.Args[1:], os.Stdout, os.Stderr)) }
