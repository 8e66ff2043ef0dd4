// Package crossfile: OnDelete on the inverse, in another file than the
// edge.To, which does not import entsql.
package crossfile

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("bikes", Bike.Type)} }
