// Package crossmany: two inverse annotations in a file that uses entsql
// for nothing else, both moving to a file that does not import it.
package crossmany

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
)

type Kennel struct{ ent.Schema }

func (Kennel) Edges() []ent.Edge {
	return []ent.Edge{edge.To("dogs", Dog.Type), edge.To("cats", Cat.Type)}
}
