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
func Severity(d analysis.Diagnostic) string {
	switch d.Category {
	case "internal":
		return string(rules.Error)
	case DirectiveCategory:
		return string(rules.Warning)
	}
	if r := rules.ByID(d.Category); r != nil && r.Severity != "" {
		return string(r.Severity)
	}
	return string(rules.Warning)
}
