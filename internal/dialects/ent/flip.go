package ent

import (
	"fmt"

	"github.com/go-openapi/inflect"

	"github.com/relcheck/relcheck/internal/model"
)

// flips records ent#3038 where the names say it was not meant: an
// edge.To(...).Unique() with a CASCADE, whose inverse is Unique() too but
// named as a collection (User.items). entc then makes the pair one-to-one
// and puts the key in the inverse's table (users.item_owner), so deleting
// an item deletes its user; without that Unique() the key is the item's
// own and deleting a user deletes its items. A one-to-one whose inverse
// reads as one row (Card.owner) is ent's documented shape and stays
// silent.
func flips(g *model.Graph) {
	for _, m := range g.Local {
		if m.Dialect != Name {
			continue
		}
		for _, r := range m.Relations {
			if r.Kind != model.HasOne || r.FKSide != model.SideTarget || r.Inverse == "" || has(r, optInverse) ||
				r.Owner == r.Target || !sameAction(r.OnDelete, "CASCADE") {
				continue
			}
			target := g.Model(r.Target)
			if target == nil {
				continue
			}
			inv := target.Relation(r.Inverse)
			if inv == nil || !has(inv, optInverse) || !has(inv, optUnique) || !collection(inv.Name) {
				continue
			}
			m.Flips = append(m.Flips, model.Flip{
				Relation: r.Name,
				Inverse:  inv.Name,
				Column:   r.ForeignKey[0],
				Action:   "CASCADE",
				Why:      fmt.Sprintf("Unique() on %s.%s makes the pair one-to-one, and entc keeps a one-to-one's key in the inverse's table", target.Ref.Name, inv.Name),
				Fix:      fmt.Sprintf("drop Unique() from %s.%s: the key moves into %s, and deleting from %s deletes its %s", target.Ref.Name, inv.Name, m.Table, target.Table, inv.Name),
			})
		}
	}
}

// collection reports whether an edge name is an English plural, the way
// entc's inflection library reads it: "items", not "owner" or "status".
func collection(name string) bool {
	s := inflect.Singularize(name)
	return s != name && inflect.Pluralize(s) == name
}
