package model

import "github.com/relcheck/relcheck/internal/schema"

// SetSchema gives the graph the database schema the package's migrations
// create, so rules speak for the database rather than for the tags.
func (g *Graph) SetSchema(s *schema.Schema) { g.schema = s }

// Schema returns the database schema, or nil when the package carries none.
func (g *Graph) Schema() *schema.Schema { return g.schema }

// TableOf returns m's table in the schema, or nil when there is no schema
// or it has no such table.
func (g *Graph) TableOf(m *Model) *schema.Table {
	if g.schema == nil || m == nil {
		return nil
	}
	return g.schema.Table(m.Table)
}

// ColumnsOf returns the column names of m's named fields, or nil if any is
// missing.
func ColumnsOf(m *Model, fields []string) []string {
	var out []string
	for _, n := range fields {
		f := m.Field(n)
		if f == nil || f.Column == "" {
			return nil
		}
		out = append(out, f.Column)
	}
	return out
}

// MapsTable reports whether some model of the graph maps to the named
// table (Bun's junction of a many-to-many is a model of its own).
func (g *Graph) MapsTable(name string) bool {
	for _, m := range g.models {
		if m.Table != "" && schema.SameTable(m.Table, name) {
			return true
		}
	}
	return false
}

// Drift is one thing a generated schema and the models disagree on.
type Drift struct {
	Pos   Pos    // the model, field or relation it is about
	Model Pos    // its model, whose file is the package's (a mixin's field may not be)
	What  string // "Pet.owner_id: no column owner_id in table pets"
}

// SetStale sets aside a schema the ORM's generator wrote from the models
// that no longer matches them: the rules read the models, and
// schema-drift reports the drift once.
func (g *Graph) SetStale(s *schema.Schema, d []Drift) {
	g.schema, g.stale = nil, &stale{schema: s, drift: d}
}

// Stale returns the generated schema set aside and what it disagrees on.
func (g *Graph) Stale() (*schema.Schema, []Drift) {
	if g.stale == nil {
		return nil, nil
	}
	return g.stale.schema, g.stale.drift
}

type stale struct {
	schema *schema.Schema
	drift  []Drift
}
