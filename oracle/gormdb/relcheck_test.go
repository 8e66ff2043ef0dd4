package gormdb

import (
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each model above either shows a data bug or is its fix. relcheck must
// name exactly the bug's rule on the first and stay silent on the second:
// the rule and the database agree.
func TestRelcheckNamesEachBug(t *testing.T) {
	want := map[string]string{ // model -> rule relcheck reports on it ("" for none)
		"O2OUser": "one-to-one-unique", "O2OFixedUser": "",
		"SNParent": "set-null-not-nullable", "SNFixedParent": "",
		"CIParent": "cascade-ineffective", "CIHardParent": "", "CIHardChild": "",
		"CCPost": "cascade-conflict", "CCAgreedPost": "", "CCUser": "", "CCAgreedUser": "",
		"CBPost":  "cascade-ineffective",
		"PolyDog": "cascade-ineffective",
		"RNTeam":  "references-not-unique", "RNFixedTeam": "",
		"RCTask": "references-not-unique", "RCFixedTask": "", "RCProject": "",
		"IMLanguage": "inverse-mismatch", "IMUser": "", "IMAgreedUser": "", "IMAgreedLanguage": "",
		"TMItem": "fk-type-mismatch", "TMFixedItem": "", "TMAccount": "", "TMFixedAccount": "", "TMOrder": "", "TMCoupon": "",
		"DNWritten": "tag-syntax", "DNColon": "tag-syntax", "DNNullable": "",
		"MPUser": "references-not-unique", "MPFixedUser": "", "MPRole": "", "MPFixedRole": "",
	}
	run.ExpectRules(t, want)
}
