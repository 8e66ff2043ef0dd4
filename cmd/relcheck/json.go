package main

import (
	"encoding/json"
	"io"
)

// The -json shape is go vet's (package -> analyzer -> diagnostics), with
// each diagnostic's severity added and positions relative.
type jsonDiag struct {
	Posn     string        `json:"posn"`
	Severity string        `json:"severity"`
	Category string        `json:"category"`
	Message  string        `json:"message"`
	URL      string        `json:"url,omitempty"`
	Related  []jsonRelated `json:"related,omitempty"`
	Fixes    []jsonFix     `json:"suggested_fixes,omitempty"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

// jsonEdit is a byte range of a file, as written on disk.
type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

func writeJSON(w io.Writer, rep *report) {
	out := map[string]map[string][]jsonDiag{}
	for _, f := range rep.reported() {
		d := jsonDiag{Posn: f.pos.String(), Severity: string(f.severity), Category: f.rule, Message: f.message, URL: f.diag.URL}
		for _, r := range f.related {
			d.Related = append(d.Related, jsonRelated{r.pos.String(), r.message})
		}
		for _, sf := range f.diag.SuggestedFixes {
			jf := jsonFix{Message: sf.Message, Edits: []jsonEdit{}}
			for _, e := range rawEdits(f, sf) {
				jf.Edits = append(jf.Edits, jsonEdit{e.file, e.start, e.end, string(e.text)})
			}
			d.Fixes = append(d.Fixes, jf)
		}
		if out[f.pkg] == nil {
			out[f.pkg] = map[string][]jsonDiag{}
		}
		out[f.pkg]["relcheck"] = append(out[f.pkg]["relcheck"], d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "\t")
	enc.Encode(out)
}
