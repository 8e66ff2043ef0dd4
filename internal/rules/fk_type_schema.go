package rules

import (
	"fmt"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// schemaTypes judges a foreign key's type by the database's columns when
// the package's schema holds both: known is false when it cannot (no
// schema, a column missing, a type relcheck does not group); then the
// Go types decide. A finding is returned when the database cannot compare
// the two columns.
func schemaTypes(p *Pass, holder, referenced, m *model.Model, r *model.Relation, fk, ref *model.Field) (f *Finding, known bool) {
	s := p.Graph.Schema()
	ht, rt := p.Graph.TableOf(holder), p.Graph.TableOf(referenced)
	if s == nil || ht == nil || rt == nil || fk.Column == "" || ref.Column == "" {
		return nil, false
	}
	hc, rc := ht.Column(fk.Column), rt.Column(ref.Column)
	if hc == nil || rc == nil {
		return nil, false
	}
	v := schema.KeyTypes(s.Dialect, hc.Type, rc.Type)
	switch v {
	case schema.KeyUnknown:
		return nil, false
	case schema.KeyOK:
		if model.Compatible(fk.Type.Class, ref.Type.Class, m.Vocab.FKTypeFromKey) {
			return nil, true
		}
		return goTypesOnly(p, holder, referenced, m, r, fk, ref, hc, rc)
	}
	pos := fk.Pos
	if !p.Graph.IsLocal(holder.Ref) || !pos.IsValid() {
		pos = r.Pos
	}
	return &Finding{
		Pos: pos,
		Message: p.fit(fmt.Sprintf("%s.%s: column %s.%s is %s but %s.%s is %s; give both columns one type in a migration",
			holder.Ref.Name, fk.Name, ht.Name, hc.Name, colType(hc.Type), rt.Name, rc.Name, colType(rc.Type)),
			fmt.Sprintf("%s.%s: column %s.%s is %s but %s.%s is %s; give both one type",
				holder.Ref.Name, fk.Name, ht.Name, hc.Name, colType(hc.Type), rt.Name, rc.Name, colType(rc.Type))),
		Detail: "The migrations' schema decides here, not the Go types. " + keyTypesEffect(v, colType(hc.Type), colType(rc.Type), m.Ref.Name+"."+r.Name) +
			" Give both columns one type in a migration.",
		Related: related(ref.Pos, "the referenced key "+referenced.Ref.Name+"."+ref.Name),
	}, true
}

// colType names a column's type; SQLite columns may have none.
func colType(t string) string {
	if t == "" {
		return "untyped"
	}
	return t
}

// keyTypesEffect says what the database did with a foreign key between
// the two column types, in the words the oracle observed
// (oracle/schemadb/types_test.go).
func keyTypesEffect(v schema.KeyVerdict, child, parent, rel string) string {
	switch v {
	case schema.KeyRefused:
		s := fmt.Sprintf("MariaDB refuses a foreign key from type %s to type %s (errno: 150 "+
			"\"Foreign key constraint is incorrectly formed\").", child, parent)
		if schema.MySQLJoinConverts(child, parent) {
			s += fmt.Sprintf(" A join of %s on them compares the string as a number, so '1abc' matches 1.", rel)
		}
		return s
	case schema.KeyMisses:
		return fmt.Sprintf("SQLite compares a %s column (%s affinity) with a %s column (%s affinity) without "+
			"converting the values: a join of %s on them misses keys that look equal, the text '1' and the integer 1.",
			child, schema.Affinity(child), parent, schema.Affinity(parent), rel)
	}
	return fmt.Sprintf("PostgreSQL cannot compare %s with %s: a join of %s on them fails (\"operator does not exist\"), "+
		"and a foreign key between the columns cannot be implemented (key columns of incompatible types).",
		schema.SQLName(child), schema.SQLName(parent), rel)
}

// goTypesOnly judges Go types that differ over columns the database
// compares, as the oracle observed it (oracle/bundb, oracle/gopgdb:
// TestTypeMismatchSchemaAgrees): go-pg reads and matches a string key of
// an integer column; Bun matches a has-many's rows to their parent by Go
// value, so a string never equals the integer key. Other ORMs and types
// stay the Go types' question (known false).
func goTypesOnly(p *Pass, holder, referenced, m *model.Model, r *model.Relation, fk, ref *model.Field, hc, rc *schema.Column) (*Finding, bool) {
	if fk.Type.Class != model.ClassString || ref.Type.Class != model.ClassInt {
		return nil, false
	}
	switch m.Dialect {
	case "gopg":
		return nil, true
	case "bun":
	default:
		return nil, false
	}
	if r.Kind != model.HasMany {
		return nil, true // a join: the database compares the columns
	}
	pos := fk.Pos
	if !p.Graph.IsLocal(holder.Ref) || !pos.IsValid() {
		pos = r.Pos
	}
	ht, rt := p.Graph.TableOf(holder), p.Graph.TableOf(referenced)
	return &Finding{
		Pos: pos,
		Message: p.fit(fmt.Sprintf("%s.%s is %s but %s.%s is %s: Bun cannot load %s.%s; %s",
			holder.Ref.Name, fk.Name, fk.Type.Go, referenced.Ref.Name, ref.Name, ref.Type.Go, m.Ref.Name, r.Name, keyType(fk.Type, ref.Type)),
			fmt.Sprintf("%s.%s is %s but its key is %s: Bun cannot load %s.%s; %s",
				holder.Ref.Name, fk.Name, fk.Type.Go, ref.Type.Go, m.Ref.Name, r.Name, keyType(fk.Type, ref.Type))),
		Detail: fmt.Sprintf("The migrations give %s.%s (%s) and %s.%s (%s) types the database compares, "+
			"so joins and the foreign key work. But Bun matches the rows a has-many loads to their parent by Go value, "+
			"and a string never equals an integer: loading %s.%s fails (\"has-many relation=%s does not have base model\").",
			ht.Name, hc.Name, hc.Type, rt.Name, rc.Name, rc.Type, m.Ref.Name, r.Name, r.Name),
		Related: related(ref.Pos, "the referenced key "+referenced.Ref.Name+"."+ref.Name),
	}, true
}
