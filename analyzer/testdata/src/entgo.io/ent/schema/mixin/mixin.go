// Package mixin is a stand-in for entgo.io/ent/schema/mixin.
package mixin

import "entgo.io/ent"

type Schema struct{}

func (Schema) Fields() []ent.Field { return nil }
func (Schema) Edges() []ent.Edge   { return nil }

// Time adds create and update times.
type Time struct{ Schema }

func (Time) Fields() []ent.Field { return nil }
