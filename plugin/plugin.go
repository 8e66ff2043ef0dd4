// Package plugin registers relcheck as a golangci-lint v2 module plugin.
// Build a custom golangci-lint with it (see docs/golangci.md) and enable
// it in .golangci.yml:
//
//	linters:
//	  enable: [relcheck]
//	  settings:
//	    custom:
//	      relcheck:
//	        type: module
//	        settings:
//	          disable: [inverse-ambiguous]
//	          enable: [fk-unindexed]
package plugin

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/analyzer"
)

func init() { register.Plugin("relcheck", New) }

// Settings are the plugin's settings in .golangci.yml. Each maps to the
// analyzer flag of the same name, so every driver is configured alike.
type Settings struct {
	Disable       []string `json:"disable"`
	Enable        []string `json:"enable"`
	Dialects      []string `json:"dialects"`
	FKConstraints *bool    `json:"fk-constraints"`
	Database      string   `json:"database"`
}

type plugin struct{ a *analysis.Analyzer }

// New builds the plugin from golangci-lint's raw settings. Unknown
// settings, rules and dialects are errors, reported when golangci-lint
// starts rather than ignored.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("relcheck: %w", err)
	}
	a := analyzer.New()
	set := func(name, value string) error {
		if err := a.Flags.Set(name, value); err != nil {
			return fmt.Errorf("relcheck: %s: %w", name, err)
		}
		return nil
	}
	if err := set("disable", strings.Join(s.Disable, ",")); err != nil {
		return nil, err
	}
	if err := set("enable", strings.Join(s.Enable, ",")); err != nil {
		return nil, err
	}
	if len(s.Dialects) > 0 {
		if err := set("dialects", strings.Join(s.Dialects, ",")); err != nil {
			return nil, err
		}
	}
	if s.FKConstraints != nil {
		if err := set("fk-constraints", strconv.FormatBool(*s.FKConstraints)); err != nil {
			return nil, err
		}
	}
	if s.Database != "" {
		if err := set("database", s.Database); err != nil {
			return nil, err
		}
	}
	if err := analyzer.Validate(a); err != nil {
		return nil, fmt.Errorf("relcheck: %w", err)
	}
	return &plugin{a: withoutRelated(a)}, nil
}

// withoutRelated wraps the analyzer for golangci-lint, which turns each
// piece of related information into an issue of its own: noise, and
// untouched by //nolint on the finding it belongs to. relcheck's messages
// already name the other side and its position.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	w := *a
	w.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			report(d)
		}
		return a.Run(pass)
	}
	return &w
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.a}, nil
}

// GetLoadMode asks for type information: relcheck reads go/types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
