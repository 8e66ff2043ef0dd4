package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// InverseMismatch: the two sides of a relation disagree.
var InverseMismatch = register(&Rule{
	ID:           "inverse-mismatch",
	Summary:      "the two sides of a relation disagree: different foreign keys, join tables or join columns",
	Severity:     Warning,
	SeverityNote: "error for a many-to-many",
	Check:        checkInverseMismatch,
})

// The check looks at each pair of models joined by exactly one relation in
// each direction. If those two relations are not inverses of each other,
// they are almost always meant to be: the ORM then keeps two foreign keys
// or two join tables for what the author thinks is one relationship.
// Models joined by several relations with explicit, distinct keys
// (Sender/Receiver) are left alone, and so is a side named for a role
// (Post.Author beside User.Posts), which is its own relation.
//
// GORM, Bun and go-pg pair nothing themselves: the pairing is relcheck's
// guess, so a disagreement of keys is a warning. Two many-to-many sides
// between the same models over different join tables, or one join table
// read two ways, are wrong whatever was meant: an error.
func checkInverseMismatch(p *Pass) {
	checkFlips(p)
	for _, m := range p.Graph.Local {
		for _, r := range resolved(m) {
			if r.Poly != nil || r.Owner == r.Target {
				continue
			}
			s := soleReverse(p.Graph, r)
			if s == nil || model.Inverse(r, s) || len(p.Graph.Inverses(r)) > 0 || len(p.Graph.Inverses(s)) > 0 {
				continue
			}
			// Report once per pair: from the odd side when one is clearly
			// wrong (the fix goes there), else from the graph's reporter.
			odd, good := oddJoinTable(p.Graph, r, s)
			if odd != nil && odd != r {
				continue
			}
			if odd == nil && p.Graph.Reporter(r, s) != r {
				continue
			}
			msg, detail := mismatch(p.Graph, r, s)
			if msg == "" {
				continue
			}
			f := Finding{Pos: r.Pos, Message: msg, Detail: detail, Related: related(s.Pos, "the other side, "+relName(s))}
			if r.Kind == model.ManyToMany {
				f.Severity = Error
			}
			if odd != nil {
				if e, ok := setOptionValue(odd.Tag, odd.Join.Option, good.Join.Name); ok {
					f.Fixes = []Fix{{Message: fmt.Sprintf("Use the join table %q, which the join model declares, in %s", good.Join.Table, relName(odd)), Edits: []Edit{e}}}
				}
			}
			p.Report(f)
		}
	}
}

// soleReverse returns the one resolved relation from r's target back to
// r's owner, when r is also the only one from owner to target.
func soleReverse(g *model.Graph, r *model.Relation) *model.Relation {
	var fwd, back []*model.Relation
	for _, x := range g.Between(r.Owner, r.Target) {
		if x.Poly != nil {
			continue
		}
		if x.Owner == r.Owner {
			fwd = append(fwd, x)
		} else {
			back = append(back, x)
		}
	}
	if len(fwd) != 1 || len(back) != 1 {
		return nil
	}
	return back[0]
}

// mismatch returns the headline and detail of a finding on the pair, or
// "" when they agree.
func mismatch(g *model.Graph, r, s *model.Relation) (string, string) {
	switch {
	case r.Kind == model.ManyToMany && s.Kind == model.ManyToMany:
		if r.Join.Table != s.Join.Table {
			return fmt.Sprintf("%s and %s name different join tables; use one %s name on both",
					relName(r), relName(s), r.Join.Option),
				fmt.Sprintf("They are the two sides of one many-to-many, with join tables %q and %q: "+
					"%s creates both tables, and an association added from one side is invisible from the other.",
					r.Join.Table, s.Join.Table, dialectOf(g, r))
		}
		if r.Join.Custom || s.Join.Custom {
			return "", "" // SetupJoinTable supplies the columns
		}
		return fmt.Sprintf("%s and %s share join table %q but not mirrored columns; mirror them on one side",
				relName(r), relName(s), r.Join.Table),
			fmt.Sprintf("%s uses %s for %s and %s for %s; %s uses %s for %s and %s for %s: rows written from one side "+
				"do not match the other's query. Make joinForeignKey of one side equal joinReferences of the other.",
				relName(r), strings.Join(r.Join.OwnerColumns, ","), r.Owner.Name, strings.Join(r.Join.TargetColumns, ","), r.Target.Name,
				relName(s), strings.Join(s.Join.OwnerColumns, ","), s.Owner.Name, strings.Join(s.Join.TargetColumns, ","), s.Target.Name)
	case r.Kind == model.ManyToMany || s.Kind == model.ManyToMany:
		return "", ""
	case r.FKSide == s.FKSide:
		return "", "" // e.g. two belongs-to, each holding its own key: a real two-way link
	}
	hr, hs := g.HolderOf(r), g.HolderOf(s)
	if hr == nil || hs == nil || ownRole(g, r) || ownRole(g, s) {
		return "", ""
	}
	v := vocabOf(g, r)
	consequence := "so each reads its own column and a row linked through one is not found through the other"
	if v.SavesRelations {
		consequence = "so setting one side does not show on the other"
	}
	return fmt.Sprintf("%s and %s use different foreign keys; if one relation, share one with %s",
			relName(r), relName(s), v.FKOption),
		fmt.Sprintf("They look like the two sides of one relation but use %s and %s: %s treats them as two relations, %s. "+
			"If they are one relation, name the same key on both sides with %s.",
			keyList(hr.Ref, r.ForeignKey), keyList(hs.Ref, s.ForeignKey), dialectOf(g, r), consequence, v.FKOption)
}

// ownRole reports whether r is evidently a relation of its own rather
// than a broken inverse: a belongs-to named for a role (Post.Author to
// User) over its own key column, or a has-one/has-many whose explicit key
// is named for a role rather than for its owner (User.Written over
// Post.AuthorID).
func ownRole(g *model.Graph, r *model.Relation) bool {
	if len(r.ForeignKey) != 1 {
		return false
	}
	fk := strings.ToLower(r.ForeignKey[0])
	switch r.FKSide {
	case model.SideOwner:
		target := typeName(g, r.Target)
		return !strings.EqualFold(r.Name, target) && !strings.HasPrefix(fk, strings.ToLower(target))
	case model.SideTarget:
		return r.ExplicitFK && !strings.HasPrefix(fk, strings.ToLower(typeName(g, r.Owner)))
	}
	return false
}

// typeName is the name the ORM derives a model's default keys from.
func typeName(g *model.Graph, ref model.Ref) string {
	if m := g.Model(ref); m != nil && m.KeyName != "" {
		return m.KeyName
	}
	return ref.Name
}

func dialectOf(g *model.Graph, r *model.Relation) string {
	if m := g.Model(r.Owner); m != nil {
		return dialectName(m)
	}
	return "the ORM"
}

// oddJoinTable decides which side of a many-to-many names the wrong join
// table, and only when that is clear: a model of the package maps to one
// side's table (the join model), and not to the other's.
func oddJoinTable(g *model.Graph, r, s *model.Relation) (odd, good *model.Relation) {
	if r.Kind != model.ManyToMany || s.Kind != model.ManyToMany || r.Join.Table == s.Join.Table ||
		r.Join.Name == "" || s.Join.Name == "" {
		return nil, nil
	}
	declared := func(table string) bool {
		for _, m := range g.Local {
			if m.Table == table {
				return true
			}
		}
		return false
	}
	switch rd, sd := declared(r.Join.Table), declared(s.Join.Table); {
	case rd && !sd:
		return s, r
	case sd && !rd:
		return r, s
	}
	return nil, nil
}

// setOptionValue replaces the value of one option of a tag.
func setOptionValue(t *model.Tag, key, value string) (Edit, bool) {
	if t == nil {
		return Edit{}, false
	}
	o, ok := t.Option(key)
	if !ok || o.ValueStart < 0 {
		return Edit{}, false
	}
	return replaceIn(t, o.ValueStart, o.End, value)
}

func vocabOf(g *model.Graph, r *model.Relation) model.Vocab {
	if m := g.Model(r.Owner); m != nil {
		return m.Vocab
	}
	return model.Vocab{}
}
