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
		"O2OUser": "one-to-one-unique", "O2OProfile": "", "O2OFixedUser": "", "O2OFixedProfile": "",
		"SNPost": "set-null-not-nullable", "SNUser": "", "SNFixedPost": "", "SNZeroPost": "",
		"RNMember": "references-not-unique", "RNTeam": "", "RNFixedTeam": "", "RNFixedMember": "",
		"CIUser": "cascade-ineffective", "CIPost": "", "CIFixedUser": "", "CIFixedPost": "",
		"CCUser": "cascade-conflict", "CCPost": "",
		"SDPost": "set-default-ineffective", "SDUser": "",
		"IMLanguage": "inverse-mismatch", "IMUser": "", "IMUserLanguage": "", "IMLanguageUser": "",
		"IMAgreedUser": "", "IMAgreedLanguage": "", "IMAgreedUserLanguage": "",
	})
}
