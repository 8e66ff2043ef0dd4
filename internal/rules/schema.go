package rules

import (
	"fmt"
	"strings"

	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/internal/schema"
)

// Where the package carries the schema its migrations create (relcheck
// schema), rules about uniqueness, indexes, foreign keys and actions read
// the database from it instead of the tags. A table the schema does not
// hold leaves the rules on the tags; schema-drift says the table is missing.

// dbKey returns the table holding r's foreign key and the key's columns,
// when the schema knows that table and every column is mapped.
func dbKey(p *Pass, r *model.Relation) (*model.Model, *schema.Table, []string) {
	holder := p.Graph.HolderOf(r)
	t := p.Graph.TableOf(holder)
	if t == nil {
		return holder, nil, nil
	}
	cols := model.ColumnsOf(holder, r.ForeignKey)
	if cols == nil {
		return holder, nil, nil
	}
	return holder, t, cols
}

// dbForeignKey returns the database's foreign key behind r; known is false
// when the schema cannot tell (no schema, or no such table).
func dbForeignKey(p *Pass, r *model.Relation) (fk *schema.ForeignKey, known bool) {
	if r.Kind == model.ManyToMany || r.Poly != nil {
		return nil, false
	}
	if s := p.Graph.Schema(); s != nil && s.Generator != "" && !r.Constraint {
		// A generated schema is the ORM's reading of the models: on the
		// side it does not build the key from, the models' own layout
		// says what happened to that side's declarations.
		return nil, false
	}
	_, t, cols := dbKey(p, r)
	if t == nil {
		return nil, false
	}
	return t.ForeignKeyOn(cols), true
}

// uniqueness describes ix for a message: "" when it holds for every row.
func partialNote(ix *schema.Index) string {
	if ix == nil || ix.Where == "" {
		return ""
	}
	return fmt.Sprintf("unique only for rows where %s (partial index %s)", ix.Where, ix.Name)
}

func tableCols(t *schema.Table, cols []string) string {
	return t.Name + " (" + strings.Join(cols, ", ") + ")"
}

// fkName names a database foreign key for messages.
func fkName(t *schema.Table, fk *schema.ForeignKey) string {
	if fk.Name != "" {
		return fk.Name
	}
	return "on " + tableCols(t, fk.Columns)
}
