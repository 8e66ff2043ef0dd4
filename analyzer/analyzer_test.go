package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/relcheck/relcheck/analyzer"
)

func TestFKMissing(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "fkmissing")
}

func TestFKTypeMismatch(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, "fktype")
}
