package analyzer

import (
	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/internal/rules"
)

// Severity is a diagnostic's default severity, from its category (the
// rule ID): "error" (the ORM fails, or data goes wrong) or "warning".
// analysis.Diagnostic has no field for it. Findings of one rule can differ
// (a guessed pairing is a warning, a proven one an error): drivers that
// have the pass's *Result ask Result.Severity, which knows each one.
func Severity(d analysis.Diagnostic) rules.Severity {
	switch d.Category {
	case "internal":
		return rules.Error
	case DirectiveCategory:
		return rules.Warning
	}
	if r := rules.ByID(d.Category); r != nil && r.Severity != "" {
		return r.Severity
	}
	return rules.Warning
}
