// The GORM oracle: relcheck must reach GORM's own verdict on every model
// of the corpus. GORM is the judge (schema.Parse), relcheck the defendant.
package gormparse

import (
	"go/ast"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/packages"
	"gorm.io/gorm/logger"
	"gorm.io/gorm/schema"

	"github.com/relcheck/relcheck/analyzer"
	"github.com/relcheck/relcheck/internal/model"
	"github.com/relcheck/relcheck/oracle/gormparse/corpus"
	"github.com/relcheck/relcheck/oracle/internal/run"
)

const corpusPath = "github.com/relcheck/relcheck/oracle/gormparse/corpus"

func init() { logger.Default = logger.Default.LogMode(logger.Silent) }

// relcheckRun returns relcheck's fk-missing findings on the corpus and the
// models it exported as facts.
func relcheckRun(t *testing.T) (findings []string, models []*model.Model) {
	t.Helper()
	res, all := run.AnalyzeOnce(t, analyzer.Analyzer, false, corpusPath)
	for _, f := range all {
		if f.Category == "fk-missing" {
			findings = append(findings, strings.TrimPrefix(f.Message, "fk-missing: "))
		}
	}
	for _, act := range res.Roots {
		var fact analyzer.ModelsFact
		if act.PackageFact(act.Package.Types, &fact) {
			models = fact.Models
		}
	}
	return findings, models
}

// caseOf maps a model name to its case prefix (the longest that fits).
func caseOf(name string) string {
	best := ""
	for k := range corpus.Cases {
		if strings.HasPrefix(name, k) && len(k) > len(best) {
			best = k
		}
	}
	return best
}

func gormParse(models []any) (*sync.Map, error) {
	cache := &sync.Map{}
	for _, m := range models {
		if _, err := schema.Parse(m, cache, schema.NamingStrategy{}); err != nil {
			return cache, err
		}
	}
	return cache, nil
}

// TestFKMissingIffGORMFails: relcheck reports fk-missing on a case if and
// only if schema.Parse fails on it.
func TestFKMissingIffGORMFails(t *testing.T) {
	findings, _ := relcheckRun(t)
	reported := map[string][]string{}
	for _, f := range findings {
		name, _, _ := strings.Cut(f, ".")
		reported[caseOf(name)] = append(reported[caseOf(name)], f)
	}
	var keys []string
	for k := range corpus.Cases {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fails, passes := 0, 0
	for _, k := range keys {
		_, err := gormParse(corpus.Cases[k])
		switch {
		case err != nil && len(reported[k]) == 0:
			t.Errorf("%s: GORM fails (%v) but relcheck reports no fk-missing", k, err)
		case err == nil && len(reported[k]) > 0:
			t.Errorf("%s: GORM accepts it but relcheck reports %q", k, reported[k])
		}
		if err != nil {
			fails++
			t.Logf("%s: GORM: %v\n\trelcheck: %s", k, err, strings.Join(reported[k], "\n\trelcheck: "))
		} else {
			passes++
		}
	}
	// The oracle proves nothing unless both verdicts occur often.
	if fails < 8 || passes < 20 {
		t.Errorf("corpus too one-sided: %d cases GORM rejects, %d it accepts", fails, passes)
	}
}

// TestRelationsMatchGORM: where GORM accepts a case, every relation
// relcheck resolved has GORM's kind, foreign key and join table.
func TestRelationsMatchGORM(t *testing.T) {
	_, models := relcheckRun(t)
	byName := map[string]*model.Model{}
	local := map[string]bool{}
	for _, m := range models {
		byName[m.Ref.Name] = m
		if m.TypeName() != m.Ref.Name {
			local[m.TypeName()] = true
		}
	}
	checked := 0
	for k, roots := range corpus.Cases {
		cache, err := gormParse(roots)
		if err != nil {
			continue
		}
		cache.Range(func(_, v any) bool {
			s, ok := v.(*schema.Schema)
			if !ok || s.ModelType.PkgPath() != corpusPath || strings.Contains(s.Name, "[") {
				return true // instantiated generics are not declared models
			}
			m := byName[s.Name]
			if m == nil && local[s.Name] {
				return true // function-local: TestLocalModels
			}
			if m == nil {
				t.Errorf("%s: relcheck did not see model %s", k, s.Name)
				return true
			}
			for name, rel := range s.Relationships.Relations {
				if strings.HasPrefix(name, "_") || rel.Field == nil || rel.Field.Schema != s {
					continue
				}
				r := m.Relation(rel.Name)
				if r == nil {
					t.Errorf("%s: %s.%s: relcheck has no relation", k, s.Name, rel.Name)
					continue
				}
				checked++
				compare(t, s.Name, rel, r)
			}
			return true
		})
	}
	if checked < 30 {
		t.Errorf("only %d relations compared", checked)
	}
}

func compare(t *testing.T, model string, rel *schema.Relationship, r *model.Relation) {
	t.Helper()
	want := map[schema.RelationshipType]string{
		schema.HasOne: "has-one", schema.HasMany: "has-many", schema.BelongsTo: "belongs-to", schema.Many2Many: "many-to-many",
	}[rel.Type]
	if string(r.Kind) != want {
		t.Errorf("%s.%s: relcheck says %s, GORM says %s", model, rel.Name, r.Kind, want)
		return
	}
	if rel.Type == schema.Many2Many {
		if r.Join == nil || r.Join.Table != rel.JoinTable.Table {
			t.Errorf("%s.%s: join table: relcheck %+v, GORM %q", model, rel.Name, r.Join, rel.JoinTable.Table)
			return
		}
		var own, ref []string
		for _, x := range rel.References {
			if x.OwnPrimaryKey {
				own = append(own, x.ForeignKey.DBName)
			} else {
				ref = append(ref, x.ForeignKey.DBName)
			}
		}
		if !reflect.DeepEqual(own, r.Join.OwnerColumns) || !reflect.DeepEqual(ref, r.Join.TargetColumns) {
			t.Errorf("%s.%s: join columns: relcheck %v/%v, GORM %v/%v", model, rel.Name, r.Join.OwnerColumns, r.Join.TargetColumns, own, ref)
		}
		return
	}
	var fks []string
	for _, x := range rel.References {
		if x.PrimaryKey != nil && x.ForeignKey != nil {
			fks = append(fks, x.ForeignKey.Name)
		}
	}
	if !reflect.DeepEqual(fks, r.ForeignKey) {
		t.Errorf("%s.%s: foreign key: relcheck %v, GORM %v", model, rel.Name, r.ForeignKey, fks)
	}
}

// TestMigrateListsEveryCase keeps corpus.Migrate (which makes the untagged
// structs models, as db.AutoMigrate does in a program) in step with Cases.
func TestMigrateListsEveryCase(t *testing.T) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax}, corpusPath)
	if err != nil || len(pkgs) != 1 {
		t.Fatal(err)
	}
	migrated := map[string]bool{}
	for _, f := range pkgs[0].Syntax {
		ast.Inspect(f, func(n ast.Node) bool {
			if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name == "Migrate" {
				ast.Inspect(fd, func(n ast.Node) bool {
					if cl, ok := n.(*ast.CompositeLit); ok {
						if id, ok := cl.Type.(*ast.Ident); ok {
							migrated[id.Name] = true
						}
					}
					return true
				})
			}
			return true
		})
	}
	for k, roots := range corpus.Cases {
		for _, r := range roots {
			if pkgs[0].Types.Scope().Lookup(reflect.TypeOf(r).Elem().Name()) == nil {
				continue // function-local: tagged, so a model by its looks
			}
			if name := reflect.TypeOf(r).Elem().Name(); !migrated[name] {
				t.Errorf("case %s: %s is not in Migrate", k, name)
			}
		}
	}
}

// gorm:"handle_name,notnull" is one unknown setting to GORM: the column
// keeps its default name and may be NULL. relcheck says so.
func TestBunStyleTagIgnored(t *testing.T) {
	s, err := schema.Parse(&corpus.BunStyleTagUser{}, &sync.Map{}, schema.NamingStrategy{})
	if err != nil {
		t.Fatal(err)
	}
	f := s.LookUpField("Handle")
	if f == nil || f.DBName != "handle" || f.NotNull {
		t.Fatalf("GORM read the tag after all: %+v", f)
	}
	if _, ok := f.TagSettings["HANDLE_NAME,NOTNULL"]; !ok {
		t.Errorf("GORM's settings: %v", f.TagSettings)
	}
	_, all := run.AnalyzeOnce(t, analyzer.Analyzer, false, corpusPath)
	for _, d := range all {
		if d.Category == "tag-syntax" && strings.Contains(d.Message, "Handle: \"handle_name,notnull\" is Bun/go-pg syntax GORM ignores") {
			return
		}
	}
	t.Error("relcheck does not report the Bun-style tag")
}

// gorm:"primaryKey,autoIncrement" on ID and gorm:"datasource_ids,omitempty"
// lose nothing: GORM makes ID the auto-increment key and names the column
// datasource_ids anyway. relcheck reports neither.
func TestHarmlessCommaTag(t *testing.T) {
	s, err := schema.Parse(&corpus.HarmlessCommaSource{}, &sync.Map{}, schema.NamingStrategy{})
	if err != nil {
		t.Fatal(err)
	}
	if id := s.LookUpField("ID"); id == nil || !id.PrimaryKey || !id.AutoIncrement {
		t.Errorf("GORM's ID: %+v", id)
	}
	if f := s.LookUpField("DatasourceIds"); f == nil || f.DBName != "datasource_ids" {
		t.Errorf("GORM's DatasourceIds: %+v", f)
	}
	_, all := run.AnalyzeOnce(t, analyzer.Analyzer, false, corpusPath)
	for _, d := range all {
		if d.Category == "tag-syntax" && strings.Contains(d.Message, "HarmlessCommaSource.") {
			t.Errorf("relcheck reports %s", d.Message)
		}
	}
}

// Function-local models of one name are as many models to relcheck as to
// GORM, each with its own relations.
func TestLocalModels(t *testing.T) {
	_, models := relcheckRun(t)
	byName := map[string]*model.Model{}
	for _, m := range models {
		byName[m.Ref.Name] = m
	}
	for i, name := range []string{"LocalModels.User", "LocalModels.User#2"} {
		s, err := schema.Parse(corpus.LocalModels()[i], &sync.Map{}, schema.NamingStrategy{})
		if err != nil {
			t.Fatal(err)
		}
		m := byName[name]
		if m == nil {
			t.Fatalf("relcheck has no model %s", name)
		}
		if m.Table != s.Table || m.TypeName() != s.Name {
			t.Errorf("%s: relcheck table %s (%s), GORM %s (%s)", name, m.Table, m.TypeName(), s.Table, s.Name)
		}
		compare(t, name, s.Relationships.Relations["Profile"], m.Relation("Profile"))
	}
}
