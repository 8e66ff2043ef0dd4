// Package schema is a stand-in for entgo.io/ent/schema.
package schema

type Annotation interface{}
