// Package introspect reads a running PostgreSQL or MySQL/MariaDB
// database's schema from its catalog, for teams whose truth is the
// database rather than migration files. The result is the same
// schema.Schema the migration readers build.
package introspect

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/relcheck/relcheck/internal/schema"
)

// timeout bounds connecting and reading, so an unreachable server ends
// the command instead of hanging it.
const timeout = 30 * time.Second

// Read connects to the database dsn names and reads the tables of one
// schema: ns, or when empty the connection's current one (PostgreSQL's
// search_path, MySQL's database in the DSN). Errors are one line and never
// carry the password.
func Read(ctx context.Context, dsn, ns string) (s *schema.Schema, err error) {
	defer func() {
		if e := recover(); e != nil {
			s, err = nil, fmt.Errorf("internal error reading the catalog: %v; please file a bug at https://github.com/relcheck/relcheck/issues", e)
		}
	}()
	src, err := Parse(dsn)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	db := src.open()
	defer db.Close()
	if err := db.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("cannot connect to %s: %s", src.Where, oneLine(err))
	}
	r := reader{ctx: ctx, db: db}
	if ns == "" {
		var cur sql.NullString
		if err := db.QueryRowContext(ctx, src.current).Scan(&cur); err != nil {
			return nil, fmt.Errorf("%s: %s", src.Where, oneLine(err))
		}
		if !cur.Valid || cur.String == "" {
			return nil, fmt.Errorf("%s: %s; name one with -schema", src.Where, src.noCurrent)
		}
		ns = cur.String
	}
	s = &schema.Schema{Dialect: src.Dialect}
	if src.Dialect == "postgres" {
		err = r.postgres(s, ns)
	} else {
		err = r.mysql(s, ns)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: reading the catalog: %s", src.Where, oneLine(err))
	}
	if len(s.Tables) == 0 {
		return nil, fmt.Errorf("%s: schema %q has no tables", src.Where, ns)
	}
	return s, nil
}

// reader runs catalog queries; the first error sticks and ends the rest.
type reader struct {
	ctx context.Context
	db  *sql.DB
	err error
}

// each runs q and calls row for every row with the values scanned into
// dest, until an error.
func (r *reader) each(q string, arg any, dest []any, row func()) {
	if r.err != nil {
		return
	}
	rows, err := r.db.QueryContext(r.ctx, q, arg)
	if err != nil {
		r.err = err
		return
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			r.err = err
			return
		}
		row()
	}
	r.err = rows.Err()
}

// tables indexes s's tables by name.
func tables(s *schema.Schema) map[string]*schema.Table {
	m := map[string]*schema.Table{}
	for _, t := range s.Tables {
		m[t.Name] = t
	}
	return m
}

func oneLine(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Sprintf("no answer within %s", timeout)
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}
