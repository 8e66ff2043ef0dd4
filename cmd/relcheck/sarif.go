package main

import (
	"flag"
	"fmt"
	"go/token"
	"os"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/relcheck/relcheck"
	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/rules"
	"github.com/relcheck/relcheck/internal/sarif"
)

// runSARIF is the standalone driver for -format=sarif: it loads and
// analyses packages as singlechecker does and prints one SARIF log.
func runSARIF(args []string) int {
	a := analyzer.Analyzer
	fs := flag.NewFlagSet("relcheck", flag.ContinueOnError)
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.String("format", "sarif", "")
	tests := fs.Bool("test", true, "analyze test files too")
	if err := fs.Parse(args); err != nil {
		return 1
	}
	if err := analyzer.Validate(a); err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1
	}
	pkgs, err := load("", fs.Args(), *tests)
	if err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1
	}
	if packages.PrintErrors(pkgs) > 0 {
		return 1
	}
	res, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1
	}
	wd, _ := os.Getwd()
	log, n := toSARIF(res, wd)
	if err := log.Write(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "relcheck:", err)
		return 1
	}
	if n > 0 {
		return 3
	}
	return 0
}

// toSARIF converts the diagnostics of the root packages, deduplicated
// (a package and its test variant report the same finding).
func toSARIF(res *checker.Graph, base string) (*sarif.Log, int) {
	all := rules.All()
	index := map[string]int{}
	driver := sarif.Driver{Name: "relcheck", InformationURI: "https://github.com/relcheck/relcheck"}
	for i, r := range all {
		index[r.ID] = i
		driver.Rules = append(driver.Rules, sarif.Rule{
			ID:                   r.ID,
			ShortDescription:     &sarif.Message{Text: r.Summary},
			FullDescription:      &sarif.Message{Text: firstParagraph(r.ID)},
			HelpURI:              r.DocURL(),
			DefaultConfiguration: &sarif.Configuration{Level: level(r.Severity), Enabled: !r.OptIn},
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

	run := sarif.Run{Tool: sarif.Tool{Driver: driver}, Results: []sarif.Result{},
		OriginalURIBaseIDs: map[string]sarif.ArtifactLocation{"%SRCROOT%": {URI: "file://" + strings.TrimSuffix(base, "/") + "/"}}}
	seen := map[string]bool{}
	for _, act := range res.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			p := fset.Position(d.Pos)
			key := fmt.Sprintf("%s:%d:%d:%s", p.Filename, p.Line, p.Column, d.Message)
			if seen[key] {
				continue
			}
			seen[key] = true
			idx, ok := index[d.Category]
			if !ok {
				idx = index["internal"]
			}
			rl := "warning"
			if r := rules.ByID(d.Category); r != nil {
				rl = level(r.Severity)
			}
			result := sarif.Result{
				RuleID: driver.Rules[idx].ID, RuleIndex: idx, Level: rl,
				Message:   sarif.Message{Text: d.Message},
				Locations: []sarif.Location{location(fset, base, d.Pos, d.End, "")},
			}
			for i, rel := range d.Related {
				loc := location(fset, base, rel.Pos, rel.End, rel.Message)
				id := i + 1
				loc.ID = &id
				result.RelatedLocations = append(result.RelatedLocations, loc)
			}
			for _, f := range d.SuggestedFixes {
				result.Fixes = append(result.Fixes, fix(fset, base, f))
			}
			run.Results = append(run.Results, result)
		}
	}
	sort.SliceStable(run.Results, func(i, j int) bool {
		a, b := run.Results[i].Locations[0].PhysicalLocation, run.Results[j].Locations[0].PhysicalLocation
		if a.ArtifactLocation.URI != b.ArtifactLocation.URI {
			return a.ArtifactLocation.URI < b.ArtifactLocation.URI
		}
		return a.Region.StartLine < b.Region.StartLine
	})
	return &sarif.Log{Version: sarif.Version, Schema: sarif.Schema, Runs: []sarif.Run{run}}, len(run.Results)
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

func fix(fset *token.FileSet, base string, f analysis.SuggestedFix) sarif.Fix {
	byFile := map[string]*sarif.ArtifactChange{}
	var order []string
	for _, e := range f.TextEdits {
		start := fset.Position(e.Pos)
		end := start
		if e.End.IsValid() {
			end = fset.Position(e.End)
		}
		ch, ok := byFile[start.Filename]
		if !ok {
			ch = &sarif.ArtifactChange{ArtifactLocation: sarif.URI(base, start.Filename)}
			byFile[start.Filename] = ch
			order = append(order, start.Filename)
		}
		off, length := start.Offset, end.Offset-start.Offset
		ch.Replacements = append(ch.Replacements, sarif.Replacement{
			DeletedRegion:   sarif.Region{ByteOffset: &off, ByteLength: &length},
			InsertedContent: &sarif.Message{Text: string(e.NewText)},
		})
	}
	out := sarif.Fix{Description: sarif.Message{Text: f.Message}}
	for _, name := range order {
		out.ArtifactChanges = append(out.ArtifactChanges, *byFile[name])
	}
	return out
}

func level(s rules.Severity) string {
	if s == rules.Error {
		return "error"
	}
	return "warning"
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
