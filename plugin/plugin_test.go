package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	if _, err := register.GetPlugin("relcheck"); err != nil {
		t.Fatal(err)
	}
}

func TestSettingsReachTheAnalyzer(t *testing.T) {
	p, err := New(map[string]any{
		"disable":        []string{"inverse-ambiguous"},
		"enable":         []string{"fk-unindexed"},
		"dialects":       []string{"gorm"},
		"fk-constraints": false,
		"database":       "postgres",
	})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := p.BuildAnalyzers()
	a := as[0]
	for name, want := range map[string]string{
		"disable": "inverse-ambiguous", "enable": "fk-unindexed", "dialects": "gorm", "fk-constraints": "false", "database": "postgres",
	} {
		if got := a.Flags.Lookup(name).Value.String(); got != want {
			t.Errorf("-%s = %q, want %q", name, got, want)
		}
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	// The flags are the wrapped analyzer's own.
	if a.Flags.Lookup("disable") == nil {
		t.Fatal("flags lost in the wrapper")
	}
	// Two plugins do not share configuration.
	q, _ := New(map[string]any{})
	bs, _ := q.BuildAnalyzers()
	if bs[0] == a || bs[0].Flags.Lookup("disable").Value.String() != "" {
		t.Error("analyzers share flags")
	}
}

func TestBadSettingsAreErrors(t *testing.T) {
	for _, raw := range []map[string]any{
		{"disable": []string{"no-such-rule"}},
		{"enable": []string{"nope"}},
		{"dialects": []string{"hibernate"}},
		{"unknown-setting": true},
	} {
		_, err := New(raw)
		if err == nil || !strings.Contains(err.Error(), "relcheck") {
			t.Errorf("%v: err = %v, want an error", raw, err)
		}
	}
}
