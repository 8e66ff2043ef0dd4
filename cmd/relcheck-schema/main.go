// Command relcheck-schema reads SQL migrations and writes the schema they
// create into the models' package, where relcheck reads it:
//
//	relcheck-schema -dialect=postgres ../migrations
//
// It is a command of its own so that relcheck, which go vet and editors
// run on every package, does not carry PostgreSQL's parser and SQLite.
package main

import "os"

func main() { os.Exit(runSchema(os.Args[1:], os.Stdout, os.Stderr)) }
