package gormdb

import (
	"strings"
	"testing"

	"github.com/relcheck/relcheck/oracle/internal/run"
)

// Each model above either shows a data bug or is its fix. relcheck must
// name exactly the bug's rule on the first and stay silent on the second:
// the rule and the database agree.
func TestRelcheckNamesEachBug(t *testing.T) {
	want := map[string]string{ // model -> rule relcheck reports on it ("" for none)
		"O2OUser": "one-to-one-unique", "O2OFixedUser": "",
		"SNParent": "set-null-not-nullable", "SNFixedParent": "", "SNNotNullParent": "set-null-not-nullable",
		"CIParent": "cascade-ineffective", "CIHardParent": "", "CIHardChild": "",
		"CCPost": "cascade-conflict", "CCAgreedPost": "", "CCUser": "", "CCAgreedUser": "",
		"CBPost":  "cascade-ineffective",
		"PolyDog": "cascade-ineffective",
		"RNTeam":  "references-not-unique", "RNFixedTeam": "",
		"RCTask": "references-not-unique", "RCFixedTask": "", "RCProject": "",
		"IMLanguage": "inverse-mismatch", "IMUser": "", "IMAgreedUser": "", "IMAgreedLanguage": "",
		"TMNoSizeAccount": "", "TMNoSizeItem": "",
		"TMItem": "fk-type-mismatch", "TMFixedItem": "", "TMAccount": "", "TMFixedAccount": "", "TMOrder": "", "TMCoupon": "",
		"DNWritten": "tag-syntax", "DNColon": "tag-syntax", "DNNullable": "",
		"MPUser": "references-not-unique", "MPFixedUser": "", "MPRole": "", "MPFixedRole": "",
	}
	// The package imports drivers for all three databases, so each
	// SET DEFAULT message speaks for them: InnoDB's RESTRICT on every one,
	// the missing default only where there is none.
	want["SDParent"], want["SDNotNullParent"], want["SDDefaultParent"] = "set-default-ineffective", "set-default-ineffective", "set-default-ineffective"
	want["SDChild"], want["SDNotNullChild"], want["SDDefaultChild"] = "", "", ""
	for _, f := range run.ExpectRules(t, want) {
		if f.Category != "set-default-ineffective" {
			continue
		}
		// The detail starts with one database, capitalized.
		mysql := strings.Contains(strings.ToLower(f.Text()), "on mysql/mariadb, innodb accepts set default but keeps restrict")
		noDefault := strings.Contains(f.Text(), "has no default")
		if !mysql || noDefault != !strings.Contains(f.Message, "SDDefaultParent") {
			t.Errorf("wrong databases in: %s", f.Text())
		}
	}
}
