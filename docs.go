// Package relcheck is the module root. It holds the rule pages so that
// the binary can print them (relcheck -explain) from the same files the
// diagnostics' URLs point at.
package relcheck

import "embed"

// RuleDocs holds docs/rules/<rule-id>.md for every rule.
//
//go:embed docs/rules/*.md
var RuleDocs embed.FS
