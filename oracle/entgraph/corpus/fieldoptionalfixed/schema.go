// Package fieldoptionalfixed is fieldoptional with relcheck's suggested fixes applied;
// entc must accept it with the action where the user meant it.
package fieldoptionalfixed

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

var _ = entsql.Cascade
var _ = field.Int

type User struct{ ent.Schema }

func (User) Edges() []ent.Edge { return []ent.Edge{edge.To("sheds", Shed.Type)} }

type Shed struct{ ent.Schema }

func (Shed) Fields() []ent.Field { return []ent.Field{field.Int("owner_id").Optional()} }

func (Shed) Edges() []ent.Edge {
	return []ent.Edge{edge.From("owner", User.Type).Ref("sheds").Unique().Field("owner_id")}
}
