package analyzer

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/relcheck/relcheck/internal/dialects"
	"github.com/relcheck/relcheck/internal/dialects/all"
	"github.com/relcheck/relcheck/internal/rules"
)

// config is one analyzer's flags. Flags are the single configuration
// surface, so the CLI, go vet, golangci-lint and editors all agree.
type config struct {
	disable  string
	enable   string
	dialect  string
	fk       fkFlag
	database string
}

// available lists the dialects in the order they claim models.
var available = all.Dialects

func dialectNames() []string {
	var names []string
	for _, d := range available {
		names = append(names, d.Name)
	}
	return names
}

func (c *config) register(fs *flag.FlagSet) {
	fs.StringVar(&c.disable, "disable", "", "comma-separated rule IDs to turn off")
	fs.StringVar(&c.enable, "enable", "", "comma-separated opt-in rule IDs to turn on (\"all\" for every rule)")
	fs.Var(&c.fk, "fk-constraints", "whether the database has the foreign keys the ORM would create: auto (the default) looks for the code that creates them "+
		"(GORM AutoMigrate, Bun WithForeignKeys, go-pg FKConstraints) in the package, its imports and, standalone, every package loaded; "+
		"true when migrations create them elsewhere (SQL files, or code go vet does not see); false when nothing does")
	fs.StringVar(&c.dialect, "dialects", strings.Join(dialectNames(), ","), "comma-separated ORM dialects to check")
	fs.StringVar(&c.database, "database", "", "the database the program runs on ("+strings.Join(flagDatabases, "|")+"); by default learned from the GORM driver or Bun dialect imported, else messages cover PostgreSQL and MySQL")
}

func (c *config) rules() ([]*rules.Rule, error) {
	off, err := ruleSet(c.disable)
	if err != nil {
		return nil, fmt.Errorf("-disable: %w", err)
	}
	on, err := ruleSet(c.enable)
	if err != nil {
		return nil, fmt.Errorf("-enable: %w", err)
	}
	var out []*rules.Rule
	for _, r := range rules.All() {
		if off[r.ID] || (r.OptIn && !on[r.ID] && !on["all"]) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func ruleSet(list string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, id := range split(list) {
		if id != "all" && rules.ByID(id) == nil {
			return nil, fmt.Errorf("unknown rule %q; valid rules: %s", id, strings.Join(ruleIDs(), ", "))
		}
		set[id] = true
	}
	return set, nil
}

func (c *config) dialects() ([]*dialects.Dialect, error) {
	want := map[string]bool{}
	for _, name := range split(c.dialect) {
		ok := false
		for _, d := range available {
			ok = ok || d.Name == name
		}
		if !ok {
			return nil, fmt.Errorf("-dialects: unknown dialect %q; valid dialects: %s", name, strings.Join(dialectNames(), ", "))
		}
		want[name] = true
	}
	if len(want) == 0 {
		// Checking no ORM would report nothing and look clean.
		return nil, fmt.Errorf("-dialects: empty; valid dialects: %s", strings.Join(dialectNames(), ", "))
	}
	var out []*dialects.Dialect
	for _, d := range available {
		if want[d.Name] {
			out = append(out, d)
		}
	}
	return out, nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func ruleIDs() []string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	sort.Strings(ids)
	return ids
}

// Validate checks an analyzer's flags now, for drivers (such as the
// golangci-lint plugin) that should refuse bad settings at start-up rather
// than on the first package.
func Validate(a *analysis.Analyzer) error {
	c := &config{}
	for _, name := range []string{"disable", "enable", "dialects", "database"} {
		f := a.Flags.Lookup(name)
		if f == nil {
			return fmt.Errorf("not a relcheck analyzer")
		}
		switch name {
		case "disable":
			c.disable = f.Value.String()
		case "enable":
			c.enable = f.Value.String()
		case "dialects":
			c.dialect = f.Value.String()
		case "database":
			c.database = f.Value.String()
		}
	}
	if _, err := c.rules(); err != nil {
		return err
	}
	if err := checkDatabase(c.database); err != nil {
		return err
	}
	_, err := c.dialects()
	return err
}
