package rules

import (
	"strings"

	"github.com/relcheck/relcheck/internal/model"
)

// databasesOf returns the databases a finding about m speaks for: the one
// its ORM runs on, else those the program was found to use, else
// PostgreSQL and MySQL, the common ones.
func databasesOf(g *model.Graph, m *model.Model) []string {
	if m.Vocab.Database != "" {
		return []string{m.Vocab.Database}
	}
	if len(g.Databases) > 0 {
		return g.Databases
	}
	return []string{model.Postgres, model.MySQL}
}

// databaseName is how messages name a database.
func databaseName(d string) string {
	switch d {
	case model.Postgres:
		return "PostgreSQL"
	case model.MySQL:
		return "MySQL/MariaDB"
	case model.SQLite:
		return "SQLite"
	case model.SQLServer:
		return "SQL Server"
	}
	return d
}

// perDatabase joins what each database does: "on PostgreSQL, ...; on
// MySQL/MariaDB, ...". Databases say() has nothing for are left out.
func perDatabase(dbs []string, say func(db string) string) string {
	var parts []string
	for _, d := range dbs {
		if s := say(d); s != "" {
			parts = append(parts, "on "+databaseName(d)+", "+s)
		}
	}
	return strings.Join(parts, "; ")
}

// parenthesized is " (s)", or "" for an empty s.
func parenthesized(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}
