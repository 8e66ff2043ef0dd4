package model

import "github.com/relcheck/relcheck/internal/schema"

// Graph is every model the analysis of one package can see: the package's
// own (Local), and the imported ones its relations point at.
type Graph struct {
	Local []*Model
	// Uses are the relations the package's queries name, checked
	// against the models they are about (which need not be local).
	Uses   []*Use
	models map[Ref]*Model
	local  map[Ref]bool

	inverse map[*Relation][]*Relation // built by Pair
	schema  *schema.Schema            // what the migrations create, when the package carries it
	stale   *stale                    // a generated schema the models moved away from
	between map[pairKey][]*Relation

	// Evidence is, by dialect name, what the program's code shows about
	// the database; nil when it shows nothing.
	Evidence map[string]*Evidence
	// Databases are the databases the program runs on, as far as the
	// analyzer could tell (drivers and dialects imported, or the
	// -database flag); empty when nothing says.
	Databases []string
	// Unhanded are local models the whole program, seen by the driver,
	// never hands to their ORM and no model points at: structs with a
	// stray tag (API responses), which the ORM may never parse.
	Unhanded map[Ref]bool
}

// FKsExist reports whether the database evidently has the foreign keys
// m's ORM would create for it.
func (g *Graph) FKsExist(m *Model) bool { return g.Evidence[m.Dialect].FKsExist() }

// HardDeleted reports whether the code evidently deletes m's rows for
// real, past its soft delete.
func (g *Graph) HardDeleted(m *Model) bool { return g.Evidence[m.Dialect].HardDeleted(m.Ref) }

func NewGraph() *Graph {
	return &Graph{models: map[Ref]*Model{}, local: map[Ref]bool{}}
}

// Add puts a model in the graph; local models are the ones rules report on.
func (g *Graph) Add(m *Model, local bool) {
	if _, dup := g.models[m.Ref]; dup {
		return
	}
	g.models[m.Ref] = m
	g.inverse, g.between = nil, nil
	if local {
		g.local[m.Ref] = true
		g.Local = append(g.Local, m)
	}
}

// Model returns the model for ref, or nil.
func (g *Graph) Model(ref Ref) *Model { return g.models[ref] }

// IsLocal reports whether ref belongs to the package being analysed.
func (g *Graph) IsLocal(ref Ref) bool { return g.local[ref] }

// HolderOf returns the model that holds r's foreign-key columns (nil for
// many-to-many, whose keys live in the join table).
func (g *Graph) HolderOf(r *Relation) *Model {
	switch r.FKSide {
	case SideOwner:
		return g.Model(r.Owner)
	case SideTarget:
		return g.Model(r.Target)
	}
	return nil
}

// ReferencedOf returns the model whose keys r's foreign key references.
func (g *Graph) ReferencedOf(r *Relation) *Model {
	switch r.FKSide {
	case SideOwner:
		return g.Model(r.Target)
	case SideTarget:
		return g.Model(r.Owner)
	}
	return nil
}
