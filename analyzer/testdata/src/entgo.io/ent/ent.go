// Package ent is a stand-in for entgo.io/ent: the types a schema uses.
package ent

import "entgo.io/ent/schema"

type Interface interface {
	Type()
	Fields() []Field
	Edges() []Edge
}

type Field interface{}
type Edge interface{}
type Mixin interface{}
type Index interface{}

type Schema struct {
	Interface
}

func (Schema) Fields() []Field                  { return nil }
func (Schema) Edges() []Edge                    { return nil }
func (Schema) Indexes() []Index                 { return nil }
func (Schema) Mixin() []Mixin                   { return nil }
func (Schema) Annotations() []schema.Annotation { return nil }
