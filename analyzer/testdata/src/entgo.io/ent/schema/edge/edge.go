// Package edge is a stand-in for entgo.io/ent/schema/edge.
package edge

import "entgo.io/ent/schema"

type Assoc struct{}
type Inverse struct{}
type StorageKey struct{}
type StorageOption func(*StorageKey)

func To(name string, t any) *Assoc     { return &Assoc{} }
func From(name string, t any) *Inverse { return &Inverse{} }

func (b *Assoc) Unique() *Assoc                                 { return b }
func (b *Assoc) Required() *Assoc                               { return b }
func (b *Assoc) Immutable() *Assoc                              { return b }
func (b *Assoc) Field(f string) *Assoc                          { return b }
func (b *Assoc) Comment(c string) *Assoc                        { return b }
func (b *Assoc) Through(name string, t any) *Assoc              { return b }
func (b *Assoc) StorageKey(opts ...StorageOption) *Assoc        { return b }
func (b *Assoc) Annotations(as ...schema.Annotation) *Assoc     { return b }
func (b *Assoc) From(name string) *Inverse                      { return &Inverse{} }
func (b *Inverse) Ref(name string) *Inverse                     { return b }
func (b *Inverse) Unique() *Inverse                             { return b }
func (b *Inverse) Required() *Inverse                           { return b }
func (b *Inverse) Immutable() *Inverse                          { return b }
func (b *Inverse) Field(f string) *Inverse                      { return b }
func (b *Inverse) Comment(c string) *Inverse                    { return b }
func (b *Inverse) Through(name string, t any) *Inverse          { return b }
func (b *Inverse) Annotations(as ...schema.Annotation) *Inverse { return b }

func Column(name string) StorageOption { return nil }
func Table(name string) StorageOption  { return nil }
func Symbol(name string) StorageOption { return nil }
