package entmixin // want package:"models ; parts IDMixin, NamespaceMixin"

// Mixins that schemas of other packages use; their fields reach those
// schemas through relcheck's facts.

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// IDMixin gives a schema a string primary key.
type IDMixin struct{ mixin.Schema }

func (IDMixin) Fields() []ent.Field {
	return []ent.Field{field.String("id")}
}

// NamespaceMixin adds a column and no key.
type NamespaceMixin struct{ mixin.Schema }

func (NamespaceMixin) Fields() []ent.Field {
	return []ent.Field{field.String("namespace")}
}
