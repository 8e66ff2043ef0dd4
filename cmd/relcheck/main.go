// Command relcheck checks ORM relationship mappings.
//
//	relcheck [flags] packages...           # standalone, like go vet
//	go vet -vettool=$(which relcheck) ./...   # as a vet tool
//
// Standalone, it exits 0 when clean, 3 when it reports findings and 1 on
// errors (packages that do not load, bad flags).
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/relcheck/relcheck/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
