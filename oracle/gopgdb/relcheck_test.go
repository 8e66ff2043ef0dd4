package gopgdb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each model above either shows a data bug or is its fix. relcheck must
// name exactly the bug's rule on the first and stay silent on the second.
func TestRelcheckNamesEachBug(t *testing.T) {
	fs := run.ExpectRules(t, map[string]string{
		"TMPost": "fk-type-mismatch", "TMUser": "", "TMFixedPost": "", "TMFixedUser": "",
		"O2OUser": "one-to-one-unique", "O2OProfile": "", "O2OFixedUser": "", "O2OFixedProfile": "",
		"SNPost": "set-null-not-nullable", "SNUser": "", "SNFixedPost": "", "SNPointerPost": "",
		"CIUser": "cascade-ineffective", "CIPost": "", "CIFixedUser": "", "CIFixedPost": "",
		"CCUser": "cascade-conflict", "CCPost": "",
		"RNMember": "references-not-unique", "RNTeam": "", "RNFixedTeam": "", "RNFixedMember": "",
		"IMLanguage": "inverse-mismatch", "IMUser": "", "IMUserLanguage": "", "IMLanguageUser": "",
		"IMAgreedUser": "", "IMAgreedLanguage": "", "IMAgreedUserLanguage": "",
	})
	// The messages say what go-pg and PostgreSQL did above.
	quote := map[string]string{
		"fk-type-mismatch":  "operator does not exist: text = integer",
		"one-to-one-unique": "the parent then comes back once per row",
	}
	for _, f := range fs {
		if q, ok := quote[f.Category]; ok && !strings.Contains(f.Text(), q) {
			t.Errorf("message does not quote %q: %s", q, f.Text())
		}
	}
}
