package main

import (
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck"
	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
	"github.com/relcheck/relcheck/internal/sarif"
)

// writeSARIF writes one SARIF log: every rule, the reported findings, and
// whether the run succeeded, with its errors as notifications. It writes
// a document whatever happened, so an upload step never gets an empty
// file.
func writeSARIF(w io.Writer, rep *report, base string) {
	log := toSARIF(rep, base)
	if err := log.Write(w); err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
	}
}

func toSARIF(rep *report, base string) *sarif.Log {
	all := rules.All()
	index := map[string]int{}
	v, _ := version()
	driver := sarif.Driver{Name: "relcheck", InformationURI: "https://github.com/relcheck/relcheck", Version: v}
	for i, r := range all {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarif.Rule{
			ID:                   r.ID,
			ShortDescription:     &sarif.Message{Text: r.Summary},
			FullDescription:      &sarif.Message{Text: firstParagraph(r.ID)},
			HelpURI:              r.DocURL(),
			DefaultConfiguration: &sarif.Configuration{Level: string(r.Severity), Enabled: !r.OptIn},
		})
	}
	// Findings about suppression directives get a rule entry of their own.
	index[analyzer.DirectiveCategory] = len(driver.Rules)
	driver.Rules = append(driver.Rules, sarif.Rule{ID: analyzer.DirectiveCategory,
		ShortDescription:     &sarif.Message{Text: "a //relcheck:ignore directive is malformed, names an unknown rule, or suppresses nothing"},
		DefaultConfiguration: &sarif.Configuration{Level: "warning", Enabled: true}})
	index["internal"] = len(driver.Rules)
	driver.Rules = append(driver.Rules, sarif.Rule{ID: "internal",
		ShortDescription:     &sarif.Message{Text: "relcheck could not read a model; please report it"},
		DefaultConfiguration: &sarif.Configuration{Level: "error", Enabled: true}})

	inv := sarif.Invocation{ExecutionSuccessful: len(rep.errors) == 0}
	for _, e := range rep.errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
			sarif.Notification{Level: "error", Message: sarif.Message{Text: e}})
	}
	run := sarif.Run{Tool: sarif.Tool{Driver: driver}, Invocations: []sarif.Invocation{inv}, Results: []sarif.Result{},
		OriginalURIBaseIDs: map[string]sarif.ArtifactLocation{"%SRCROOT%": {URI: "file://" + strings.TrimSuffix(filepath.ToSlash(base), "/") + "/"}}}
	for _, f := range rep.reported() {
		idx, ok := index[f.rule]
		if !ok {
			idx = index["internal"]
		}
		fset, d := f.fset, f.diag
		result := sarif.Result{
			RuleID: driver.Rules[idx].ID, RuleIndex: idx, Level: string(f.severity),
			Message:   sarif.Message{Text: f.message},
			Locations: []sarif.Location{location(fset, base, d.Pos, d.End, "")},
		}
		for i, rel := range d.Related {
			loc := location(fset, base, rel.Pos, rel.End, rel.Message)
			id := i + 1
			loc.ID = &id
			result.RelatedLocations = append(result.RelatedLocations, loc)
		}
		for _, sf := range d.SuggestedFixes {
			result.Fixes = append(result.Fixes, fix(f, sf))
		}
		run.Results = append(run.Results, result)
	}
	return &sarif.Log{Version: sarif.Version, Schema: sarif.Schema, Runs: []sarif.Run{run}}
}

func location(fset *token.FileSet, base string, pos, end token.Pos, msg string) sarif.Location {
	p := fset.Position(pos)
	region := &sarif.Region{StartLine: p.Line, StartColumn: p.Column}
	if end.IsValid() {
		e := fset.Position(end)
		region.EndLine, region.EndColumn = e.Line, e.Column
	}
	loc := sarif.Location{PhysicalLocation: sarif.PhysicalLocation{ArtifactLocation: sarif.URI(base, p.Filename), Region: region}}
	if msg != "" {
		loc.Message = &sarif.Message{Text: msg}
	}
	return loc
}

func fix(f *finding, sf analysis.SuggestedFix) sarif.Fix {
	byFile := map[string]*sarif.ArtifactChange{}
	var order []string
	for _, e := range rawEdits(f, sf) {
		ch, ok := byFile[e.file]
		if !ok {
			ch = &sarif.ArtifactChange{ArtifactLocation: sarif.URI(".", e.file)}
			byFile[e.file] = ch
			order = append(order, e.file)
		}
		off, length := e.start, e.end-e.start
		ch.Replacements = append(ch.Replacements, sarif.Replacement{
			DeletedRegion:   sarif.Region{ByteOffset: &off, ByteLength: &length},
			InsertedContent: &sarif.Message{Text: string(e.text)},
		})
	}
	out := sarif.Fix{Description: sarif.Message{Text: sf.Message}}
	for _, name := range order {
		out.ArtifactChanges = append(out.ArtifactChanges, *byFile[name])
	}
	return out
}

// firstParagraph is the rule page's first paragraph after its headings.
func firstParagraph(id string) string {
	b, err := relcheck.RuleDocs.ReadFile("docs/rules/" + id + ".md")
	if err != nil {
		return ""
	}
	paras := strings.Split(string(b), "\n\n")
	for i, para := range paras {
		para = strings.TrimSpace(para)
		if para == "" || strings.HasPrefix(para, "#") || strings.HasPrefix(para, "**") {
			continue
		}
		// "It catches:" followed by a list: keep the list.
		if strings.HasSuffix(para, ":") && i+1 < len(paras) {
			para += " " + paras[i+1]
		}
		return strings.Join(strings.Fields(para), " ")
	}
	return ""
}
