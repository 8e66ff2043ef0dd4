package gopgparse

import (
	"testing"

	"github.com/vmihailenco/tagparser"

	"github.com/relcheck/relcheck/internal/dialects/gopg"
)

// FuzzUnquoteAgainstGoPG: relcheck strips quotes from a pg tag value as
// tagparser.Unquote, which go-pg calls on values, does.
func FuzzUnquoteAgainstGoPG(f *testing.F) {
	for _, s := range []string{"", "'", "''", "'a'", "'a", "a'", "a", "'a'b'", "'é'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gotOK := gopg.Unquote(s)
		want, wantOK := tagparser.Unquote(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("%q: relcheck %q %v, tagparser %q %v", s, got, gotOK, want, wantOK)
		}
	})
}
