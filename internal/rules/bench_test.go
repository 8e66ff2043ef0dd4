package rules

import (
	"fmt"
	"testing"

	"github.com/relcheck/relcheck/internal/model"
)

// graph builds n models in pairs: a parent with a has-many and a has-one,
// a child with the belongs-to inverse, all resolved as a dialect would.
func graph(n int) *model.Graph {
	g := model.NewGraph()
	vocab := model.Vocab{TagKey: "gorm", Sep: ";", Unique: "uniqueIndex", Index: "index"}
	for i := 0; i < n/2; i++ {
		p := model.Ref{Pkg: "bench", Name: fmt.Sprintf("Parent%d", i)}
		c := model.Ref{Pkg: "bench", Name: fmt.Sprintf("Child%d", i)}
		pos := model.Pos{File: "bench.go", Line: i + 1, Col: 1}
		idT := model.Type{Go: "uint", Class: model.ClassInt}
		parent := &model.Model{Ref: p, Dialect: "gorm", Table: "parents", Pos: pos, Vocab: vocab,
			Fields:     []*model.Field{{Name: "ID", Column: "id", Type: idT, PrimaryKey: true, Unique: true, Indexed: true}},
			PrimaryKey: []string{"ID"},
			Relations: []*model.Relation{
				{Name: "Children", Owner: p, Target: c, Kind: model.HasMany, Many: true, FKSide: model.SideTarget,
					ForeignKey: []string{"ParentID"}, References: []string{"ID"}, Constraint: true,
					Enforcement: model.EnforceDatabase, OnDelete: "CASCADE", Pos: pos},
				{Name: "First", Owner: p, Target: c, Kind: model.HasOne, FKSide: model.SideTarget,
					ForeignKey: []string{"ParentID"}, References: []string{"ID"}, Constraint: true, Pos: pos},
			}}
		child := &model.Model{Ref: c, Dialect: "gorm", Table: "children", Pos: pos, Vocab: vocab,
			Fields: []*model.Field{
				{Name: "ID", Column: "id", Type: idT, PrimaryKey: true, Unique: true, Indexed: true},
				{Name: "ParentID", Column: "parent_id", Type: idT, Indexed: true},
			},
			PrimaryKey: []string{"ID"},
			Relations: []*model.Relation{
				{Name: "Parent", Owner: c, Target: p, Kind: model.BelongsTo, FKSide: model.SideOwner,
					ForeignKey: []string{"ParentID"}, References: []string{"ID"}, Pos: pos},
			}}
		g.Add(parent, true)
		g.Add(child, true)
	}
	return g
}

// BenchmarkRules runs every rule, pairing included, on 10,000 models.
func BenchmarkRules(b *testing.B) {
	all := All()
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("models=%d", n), func(b *testing.B) {
			findings := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				g := graph(n)
				b.StartTimer()
				Run(g, all, func(Finding) { findings++ })
			}
			b.ReportMetric(float64(findings)/float64(b.N), "findings/op")
		})
	}
}

// BenchmarkPair measures building the inverse index alone.
func BenchmarkPair(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g := graph(10000)
		b.StartTimer()
		g.Pair()
	}
}

// The benchmark graph is correct apart from the has-one sharing its key
// with the has-many (legal, silent): a real run must find nothing.
func TestBenchGraphIsClean(t *testing.T) {
	Run(graph(100), All(), func(f Finding) { t.Errorf("unexpected finding: %s: %s", f.Rule, f.Message) })
}
