package analyzer

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/internal/rules"
)

// MaxHeadline is the longest a diagnostic's message (its headline, rule
// ID included) may be. The narrative behind a finding goes to its
// related information, so that every driver's one-line output stays
// readable.
const MaxHeadline = rules.MaxHeadline

// HeadlineProblem says what is wrong with d's headline by relcheck's own
// standard, or "" if nothing is. Tests over every input hold it.
func HeadlineProblem(d analysis.Diagnostic) string {
	if n := len([]rune(d.Message)); n > MaxHeadline {
		return fmt.Sprintf("headline of %d characters (max %d): %s", n, MaxHeadline, d.Message)
	}
	if d.Category != "" && strings.Count(d.Message, d.Category) > 1 {
		return "headline names its rule twice: " + d.Message
	}
	return ""
}
