package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// FKMissing: a relation whose foreign key or reference cannot be resolved.
var FKMissing = register(&Rule{
	ID:           "fk-missing",
	Summary:      "a relation's foreign key, reference or polymorphic field cannot be resolved; the ORM fails at first use",
	Severity:     Error,
	SeverityNote: "warning on a struct the whole program never hands to GORM",
	Check:        checkFKMissing,
})

func checkFKMissing(p *Pass) {
	for _, m := range p.Graph.Local {
		for _, r := range m.Relations {
			u := r.Unresolved
			if u == nil {
				continue
			}
			f := Finding{Pos: r.Pos}
			if u.Option != "" {
				f.Pos = optionPos(r.Tag, u.Option, r.Pos)
			}
			head := fmt.Sprintf("%s.%s: %s", m.Ref.Name, r.Name, u.Reason)
			var detail []string
			if u.Why != "" {
				detail = append(detail, sentence(u.Why))
			}
			if u.Fatal && u.ORMSays != "" {
				when := m.Vocab.FailsAt
				if when == "" {
					when = "at first use"
				}
				if p.Graph.Unhanded[m.Ref] {
					// Nothing visible hands the struct to the ORM: it
					// may be a response type with a stray tag.
					f.Severity = Warning
					detail = append(detail, fmt.Sprintf("The program never hands %s to %s, but if it is passed to %s, %s fails %s with %q.",
						m.Ref.Name, dialectName(m), dialectName(m), dialectName(m), when, u.ORMSays))
				} else {
					detail = append(detail, fmt.Sprintf("%s fails %s with %q.", dialectName(m), when, u.ORMSays))
				}
			}
			if u.Suggest != "" {
				ask := fmt.Sprintf("; did you mean %q?", u.Suggest)
				f.Message = head + ask
				if u.Option != "" {
					f.Message = p.fit(f.Message, fmt.Sprintf("%s.%s: %s %q resolves to nothing", m.Ref.Name, r.Name, u.Option, u.Name)+ask)
				}
				if e, ok := suggestEdit(r.Tag, u.Option, u.Name, u.Suggest); ok {
					f.Fixes = append(f.Fixes, Fix{Message: fmt.Sprintf("Replace %q with %q", u.Name, u.Suggest), Edits: []Edit{e}})
				}
			} else {
				advice := u.Advice
				if advice == "" {
					advice = fkMissingAdvice(m, r, u)
				} else {
					f.Fixes = codeFixes(u.Fixes)
				}
				// The first alternative of the advice, or none, when
				// the names are long; the Detail then gives it whole.
				first, _, _ := strings.Cut(advice, ", or ")
				f.Message = p.fit(head+"; "+advice, head+"; "+first, head)
				if f.Message != head+"; "+advice {
					detail = append(detail, sentence(advice))
				}
			}
			f.Detail = strings.Join(detail, " ")
			if t := p.Graph.Model(r.Target); t != nil && t.Pos.IsValid() && r.Target != m.Ref {
				f.Related = append(f.Related, Related{Pos: t.Pos, Message: r.Target.Name + " is declared here"})
			}
			p.Report(f)
		}
	}
}

func fkMissingAdvice(m *model.Model, r *model.Relation, u *model.Unresolved) string {
	switch {
	case u.Option != "":
		return "fix it, or add the field"
	case r.Target == (model.Ref{}):
		return "add type: or serializer:, or tag it `" + m.Vocab.TagKey + ":\"-\"`"
	}
	if !u.Fatal {
		return "fix the key so the ORM does not fall back"
	}
	return "add one, or name it with " + m.Vocab.FKOption
}

// suggestEdit replaces one name inside an option's value, leaving the rest
// of the tag as it is.
func suggestEdit(t *model.Tag, option, name, repl string) (Edit, bool) {
	if t == nil {
		return Edit{}, false
	}
	o, ok := t.Option(option)
	if !ok || o.ValueStart < 0 {
		return Edit{}, false
	}
	val := t.Value[o.ValueStart:o.End]
	i := strings.Index(val, name)
	if i < 0 {
		return Edit{}, false
	}
	return replaceIn(t, o.ValueStart+i, o.ValueStart+i+len(name), repl)
}

// dialectName is how messages name the model's ORM.
func dialectName(m *model.Model) string {
	if m.Vocab.ORM != "" {
		return m.Vocab.ORM
	}
	return m.Dialect
}
