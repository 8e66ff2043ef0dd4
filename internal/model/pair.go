package model

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
			equal(r.Join.OwnerColumns, s.Join.TargetColumns) && equal(r.Join.TargetColumns, s.Join.OwnerColumns)
	case r.FKSide == SideTarget && s.FKSide == SideOwner, r.FKSide == SideOwner && s.FKSide == SideTarget:
		if r.Poly != nil || s.Poly != nil {
			return false
		}
		return equal(r.ForeignKey, s.ForeignKey) && equal(r.References, s.References)
	}
	return false
}

// Holds reports whether r's foreign key lives on its own model.
func (r *Relation) Holds() bool { return r.FKSide == SideOwner }

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
