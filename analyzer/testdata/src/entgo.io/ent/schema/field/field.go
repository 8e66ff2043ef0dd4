// Package field is a stand-in for entgo.io/ent/schema/field.
package field

type Builder struct{}

func Int(name string) *Builder           { return &Builder{} }
func Int64(name string) *Builder         { return &Builder{} }
func String(name string) *Builder        { return &Builder{} }
func Text(name string) *Builder          { return &Builder{} }
func Time(name string) *Builder          { return &Builder{} }
func Bool(name string) *Builder          { return &Builder{} }
func UUID(name string, typ any) *Builder { return &Builder{} }

func (b *Builder) Optional() *Builder           { return b }
func (b *Builder) Nillable() *Builder           { return b }
func (b *Builder) Unique() *Builder             { return b }
func (b *Builder) Immutable() *Builder          { return b }
func (b *Builder) Positive() *Builder           { return b }
func (b *Builder) Default(v any) *Builder       { return b }
func (b *Builder) StorageKey(k string) *Builder { return b }

// Annotation is field's schema annotation: ID makes a composite key.
type Annotation struct{ ID []string }

func ID(first, second string, fields ...string) *Annotation {
	return &Annotation{ID: append([]string{first, second}, fields...)}
}
