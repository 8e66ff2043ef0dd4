package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// A baseline records the findings a team accepts for now. Entries are
// keyed by rule, package, model and field, not by line, so they survive
// edits elsewhere in the file; a count covers several findings of one
// rule on one field. The message is there for the reader only.
type baselineFile struct {
	Comment  string          `json:"comment"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Rule    string `json:"rule"`
	Package string `json:"package"`
	Model   string `json:"model,omitempty"`
	Field   string `json:"field,omitempty"`
	Count   int    `json:"count"`
	Message string `json:"message"`
}

type baselineKey struct{ rule, pkg, model, field string }

func keyOf(f *finding) baselineKey {
	k := baselineKey{f.rule, f.pkg, f.model, f.field}
	if k.model == "" {
		// Outside any struct type (a stray directive): the file keeps
		// such entries apart.
		k.field = f.pos.Filename
	}
	return k
}

func writeBaseline(name string, findings []*finding) error {
	byKey := map[baselineKey]*baselineEntry{}
	var entries []*baselineEntry
	for _, f := range findings {
		k := keyOf(f)
		if e := byKey[k]; e != nil {
			e.Count++
			continue
		}
		e := &baselineEntry{Rule: k.rule, Package: k.pkg, Model: k.model, Field: k.field, Count: 1, Message: f.message}
		byKey[k] = e
		entries = append(entries, e)
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		if a.Model != b.Model {
			return a.Model < b.Model
		}
		if a.Field != b.Field {
			return a.Field < b.Field
		}
		return a.Rule < b.Rule
	})
	out := baselineFile{Comment: "relcheck findings accepted for now; relcheck -baseline=FILE reports only others. Rewrite with -write-baseline.",
		Findings: []baselineEntry{}}
	for _, e := range entries {
		out.Findings = append(out.Findings, *e)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(b, '\n'), 0o644)
}

// applyBaseline marks the findings the baseline records, up to each
// entry's count (the first ones in file order), and counts the entries
// no longer found.
func (rep *report) applyBaseline(name string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("-baseline: %w", err)
	}
	var bf baselineFile
	if err := json.Unmarshal(b, &bf); err != nil {
		return fmt.Errorf("-baseline: %s: %w", name, err)
	}
	left := map[baselineKey]int{}
	for _, e := range bf.Findings {
		left[baselineKey{e.Rule, e.Package, e.Model, e.Field}] += e.Count
	}
	for _, f := range rep.findings {
		k := keyOf(f)
		if left[k] > 0 {
			left[k]--
			f.baselined = true
		}
	}
	for _, n := range left {
		rep.stale += n
	}
	return nil
}
