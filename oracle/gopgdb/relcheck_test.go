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
	// The message quotes what PostgreSQL said in TestTypeMismatch.
	for _, f := range fs {
		if f.Category == "fk-type-mismatch" && !strings.Contains(f.Message, "operator does not exist: text = integer") {
			t.Errorf("message does not quote PostgreSQL: %s", f.Message)
		}
	}
}
