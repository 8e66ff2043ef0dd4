package analyzer

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/rules"
)

// fullDoc is the analyzer's documentation followed by one line per rule,
// which is what relcheck -h prints.
func fullDoc() string {
	var b strings.Builder
	b.WriteString(doc)
	b.WriteString("\n\nRules (relcheck -explain <rule> for details):\n")
	for _, r := range rules.All() {
		opt := ""
		if r.OptIn {
			opt = " (opt-in)"
		}
		fmt.Fprintf(&b, "  %-22s %s%s\n", r.ID, r.Summary, opt)
	}
	return b.String()
}

const doc = `check ORM relationship mappings

relcheck reads models (GORM, Bun and go-pg structs, ent schemas) and proves their relationships
consistent before the program runs: every foreign key and reference
resolves, key types match, the two sides of a relation agree, one-to-one
keys are unique, and cascades do what they say. It also checks the
relation names queries give as strings (Preload, Joins, Association,
Relation) against the models the queries are about.

Each diagnostic's category is a stable rule ID; relcheck -explain <id>
prints the rule's page. Flags:

  -disable=rule,...   turn rules off
  -enable=rule,...    turn opt-in rules on ("all" for every rule)
  -dialects=gorm,...  ORMs to check

A finding is silenced with a comment on the field, the line above it or
the struct type (at a call site: on the statement or the line above it):

  //relcheck:ignore <rule>[,<rule>] <reason>

Standalone (relcheck -h for every flag), every output path exits 0 when
clean, 3 when findings remain and 1 on errors (bad flags, packages that
do not load). Under go vet -vettool, go vet sets the status.`
