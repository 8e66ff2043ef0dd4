package bundb

import (
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each model above either shows a data bug or is its fix. relcheck must
// name exactly the bug's rule on the first and stay silent on the second.
func TestRelcheckNamesEachBug(t *testing.T) {
	run.ExpectRules(t, map[string]string{
		"TMPost": "fk-type-mismatch", "TMUser": "", "TMFixedPost": "", "TMFixedUser": "",
		"HOUser": "one-to-one-unique", "HOPost": "", "HONarrowUser": "", "HONarrowPost": "",
	})
}
