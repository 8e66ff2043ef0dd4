// Package ent is relcheck's ent dialect. ent schemas are Go code, not
// struct tags: a type embeds ent.Schema and returns its fields and edges
// from Fields() and Edges() as builder chains (edge.To("pets", Pet.Type),
// edge.From("owner", User.Type).Ref("pets").Unique()). The dialect reads
// those chains from the syntax, with constants folded by go/types, and
// reproduces entc v0.14's graph: which edges pair through Ref, the
// relation type from the two Unique flags, the foreign-key column's
// table, name and nullability, and which edge's OnDelete reaches the DDL.
//
// A schema whose lists are built in a way relcheck cannot follow (a
// helper, a loop, a mixin from another package) is marked Partial, and
// findings that need its whole edge set stay silent.
package ent
