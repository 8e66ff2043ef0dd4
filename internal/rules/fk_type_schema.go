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
	hf, rf := schema.TypeFamily(s.Dialect, hc.Type), schema.TypeFamily(s.Dialect, rc.Type)
	if hf == "" || rf == "" {
		return nil, false
	}
	if schema.Comparable(hf, rf) {
		// The database compares them. Go types that differ still matter
		// (reading the column, matching a has-many's rows to parents in
		// Go), so those stay the Go types' question.
		return nil, model.Compatible(fk.Type.Class, ref.Type.Class, m.Vocab.FKTypeFromKey)
	}
	pos := fk.Pos
	if !p.Graph.IsLocal(holder.Ref) || !pos.IsValid() {
		pos = r.Pos
	}
	return &Finding{
		Pos: pos,
		Message: fmt.Sprintf("%s.%s: column %s.%s is %s but %s.%s is %s; give both columns one type in a migration",
			holder.Ref.Name, fk.Name, ht.Name, hc.Name, hc.Type, rt.Name, rc.Name, rc.Type),
		Detail: fmt.Sprintf("The migrations' schema decides here, not the Go types. PostgreSQL cannot compare %s with %s: "+
			"a join of %s.%s on them fails (\"operator does not exist\"), and a foreign key between the columns "+
			"cannot be implemented (key columns of incompatible types).",
			schema.SQLName(hc.Type), schema.SQLName(rc.Type), m.Ref.Name, r.Name),
		Related: related(ref.Pos, "the referenced key "+referenced.Ref.Name+"."+ref.Name),
	}, true
}
