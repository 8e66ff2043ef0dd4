package rules

// TagSyntax: tags the ORM cannot read or silently ignores.
var TagSyntax = register(&Rule{
	ID:           "tag-syntax",
	Summary:      "malformed tags, misspelled or v1 keys the ORM silently ignores, invalid referential actions, options on the wrong kind of field",
	Severity:     Error,
	SeverityNote: "warning for `default null` on a not null column, and for a go-pg column named like an option that takes a value",
	Check:        checkTagSyntax,
})

func checkTagSyntax(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, pr := range m.Problems {
			// A long model name gives way first: the position is the field's.
			f := Finding{Pos: pr.Pos, Message: p.fit(m.Ref.Name+"."+pr.Message, pr.Message), Detail: pr.Detail}
			if pr.Warning {
				f.Severity = Warning
			}
			f.Fixes = codeFixes(pr.Fixes)
			if t := pr.Tag; t != nil && t.Raw && t.Pos.IsValid() {
				f.Pos = at(t, pr.Start)
				if pr.Fix {
					if e, ok := replaceIn(t, pr.Start, pr.End, pr.Replace); ok {
						f.Fixes = []Fix{{Message: "Replace with " + pr.Replace, Edits: []Edit{e}}}
					}
				}
			}
			p.Report(f)
		}
	}
}
