package model

import "slices"

// Pairing inverses (SQLAlchemy's back_populates). A has-one/has-many and a
// belongs-to are inverses when they run between the same two models over
// the same foreign-key and referenced fields; two many-to-many relations
// are inverses when they share a join table with mirrored columns. The
// index is built once per graph: relations are grouped by the unordered
// pair of models they join, so pairing is linear in the number of
// relations rather than quadratic in the number of models.

type pairKey struct{ a, b Ref }

func keyOf(x, y Ref) pairKey {
	if x.Pkg > y.Pkg || (x.Pkg == y.Pkg && x.Name > y.Name) {
		x, y = y, x
	}
	return pairKey{x, y}
}

// Pair computes inverses for every resolved relation of the graph's
// models (local and imported). It is idempotent.
func (g *Graph) Pair() {
	if g.inverse != nil {
		return
	}
	g.inverse = map[*Relation][]*Relation{}
	g.between = map[pairKey][]*Relation{}
	for _, m := range g.models {
		for _, r := range m.Relations {
			if r.Unresolved != nil || r.Kind == "" {
				continue
			}
			k := keyOf(r.Owner, r.Target)
			g.between[k] = append(g.between[k], r)
		}
	}
	for _, rs := range g.between {
		for _, r := range rs {
			for _, s := range rs {
				if r != s && Inverse(r, s) {
					g.inverse[r] = append(g.inverse[r], s)
				}
			}
		}
	}
}

// Inverses returns the relations that are exact inverses of r.
func (g *Graph) Inverses(r *Relation) []*Relation {
	g.Pair()
	return g.inverse[r]
}

// Between returns every resolved relation that joins models a and b, in
// either direction.
func (g *Graph) Between(a, b Ref) []*Relation {
	g.Pair()
	return g.between[keyOf(a, b)]
}

// Inverse reports whether s is the inverse of r.
func Inverse(r, s *Relation) bool {
	if r.Owner != s.Target || r.Target != s.Owner {
		return false
	}
	switch {
	case r.Kind == ManyToMany && s.Kind == ManyToMany:
		return r.Join != nil && s.Join != nil && r.Join.Table == s.Join.Table &&
			slices.Equal(r.Join.OwnerColumns, s.Join.TargetColumns) && slices.Equal(r.Join.TargetColumns, s.Join.OwnerColumns)
	case r.FKSide == SideTarget && s.FKSide == SideOwner, r.FKSide == SideOwner && s.FKSide == SideTarget:
		if r.Poly != nil || s.Poly != nil {
			return false
		}
		return slices.Equal(r.ForeignKey, s.ForeignKey) && slices.Equal(r.References, s.References)
	}
	return false
}

// A Pair is one relationship declared on both ends: two relations that are
// each other's inverse. Rules about the two sides agreeing read pairs, so
// that which side reports is decided here, once.
type Pair struct {
	// Local is the side that reports (Graph.Reporter); Other is the
	// other end.
	Local, Other *Relation
}

// Pairs lists each inverse pair with at least one local side once, in
// the order the package declares its relations.
func (g *Graph) Pairs() []Pair {
	var out []Pair
	for _, m := range g.Local {
		for _, r := range m.Relations {
			for _, s := range g.Inverses(r) {
				if g.Reporter(r, s) == r {
					out = append(out, Pair{Local: r, Other: s})
				}
			}
		}
	}
	return out
}

// Reporter returns which of two relations that describe one relationship
// a finding about both is reported on: the one of the package being
// analysed; of two local ones, the one whose Model.Field sorts first.
func (g *Graph) Reporter(r, s *Relation) *Relation {
	switch rl, sl := g.IsLocal(r.Owner), g.IsLocal(s.Owner); {
	case rl && !sl:
		return r
	case sl && !rl:
		return s
	}
	if s.Owner.Name+"."+s.Name < r.Owner.Name+"."+r.Name {
		return s
	}
	return r
}

// A ForeignKey is one foreign key that local relations run over, with
// every resolved relation of the package that uses it: rules about the
// key itself (its type, its index) report once per key, not once per
// relation.
type ForeignKey struct {
	Holder    *Model
	Fields    []string
	Relations []*Relation // in declaration order; never empty
}

// ForeignKeys lists the foreign keys of the local models' resolved
// one-to-one and one-to-many relations, in declaration order.
func (g *Graph) ForeignKeys() []*ForeignKey {
	var out []*ForeignKey
	index := map[string]*ForeignKey{}
	for _, m := range g.Local {
		for _, r := range m.Relations {
			if r.Unresolved != nil || r.Kind == "" || len(r.ForeignKey) == 0 {
				continue
			}
			holder := g.HolderOf(r)
			if holder == nil {
				continue
			}
			k := holder.Ref.String()
			for _, f := range r.ForeignKey {
				k += "\x00" + f
			}
			fk := index[k]
			if fk == nil {
				fk = &ForeignKey{Holder: holder, Fields: r.ForeignKey}
				index[k] = fk
				out = append(out, fk)
			}
			fk.Relations = append(fk.Relations, r)
		}
	}
	return out
}
