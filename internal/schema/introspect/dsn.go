package introspect

import (
	"database/sql"
	"database/sql/driver"
	"fmt"
	"io"
	"log"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// connectTimeout is how long one connection attempt may take when the
// DSN does not say.
const connectTimeout = 10 * time.Second

// Source is a parsed DSN.
type Source struct {
	Dialect string // "postgres" or "mysql"
	// Where names the server and database for messages, without user
	// or password: "PostgreSQL at localhost:5432/app".
	Where string

	pg *pgx.ConnConfig
	my driver.Connector

	current   string // the query for the connection's current schema
	noCurrent string // what it means when that is NULL
}

// Parse reads a DSN in one of the forms relcheck-schema documents:
//
//	postgres://user:pass@host:5432/db?search_path=app (or postgresql://)
//	mysql://user:pass@host:3306/db
//	mysql://user:pass@tcp(host:3306)/db?params (go-sql-driver's form)
//	user:pass@tcp(host:3306)/db (go-sql-driver's form alone)
func Parse(dsn string) (*Source, error) {
	scheme, rest, hasScheme := strings.Cut(dsn, "://")
	switch {
	case hasScheme && (scheme == "postgres" || scheme == "postgresql"):
		cfg, err := pgx.ParseConfig(dsn)
		if err != nil {
			return nil, fmt.Errorf("bad -dsn: %s", oneLine(err))
		}
		if cfg.ConnectTimeout == 0 {
			cfg.ConnectTimeout = connectTimeout
		}
		return &Source{
			Dialect:   "postgres",
			Where:     fmt.Sprintf("PostgreSQL at %s/%s", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port)), cfg.Database),
			pg:        cfg,
			current:   "SELECT current_schema()",
			noCurrent: "no schema of the search_path exists",
		}, nil
	case hasScheme && scheme == "mysql":
		cfg, err := mysqlConfig(rest)
		if err != nil {
			return nil, fmt.Errorf("bad -dsn: %s", oneLine(err))
		}
		return mysqlSource(cfg)
	case hasScheme:
		return nil, fmt.Errorf("bad -dsn: scheme %q: want postgres://, postgresql:// or mysql://", scheme)
	}
	if strings.ContainsAny(dsn, "@(") {
		cfg, err := mysql.ParseDSN(dsn)
		if err != nil {
			return nil, fmt.Errorf("bad -dsn: %s", oneLine(err))
		}
		return mysqlSource(cfg)
	}
	return nil, fmt.Errorf("bad -dsn: want postgres://..., mysql://... or user@tcp(host:port)/db")
}

// mysqlConfig reads what follows mysql://: go-sql-driver's own form when
// it names a protocol (tcp(...), unix(...)), else a URL's user@host/db.
func mysqlConfig(rest string) (*mysql.Config, error) {
	if strings.Contains(rest, "(") || strings.HasPrefix(rest, "/") {
		return mysql.ParseDSN(rest)
	}
	u, err := url.Parse("mysql://" + rest)
	if err != nil {
		return nil, err
	}
	cfg := mysql.NewConfig()
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.Net = "tcp"
	cfg.Addr = u.Host
	if u.Port() == "" {
		cfg.Addr = net.JoinHostPort(u.Hostname(), "3306")
	}
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	// Let the driver read the query parameters as it reads its own form.
	if u.RawQuery != "" {
		return mysql.ParseDSN(cfg.FormatDSN() + sep(cfg.FormatDSN()) + u.RawQuery)
	}
	return cfg, nil
}

func sep(dsn string) string {
	if strings.Contains(dsn, "?") {
		return "&"
	}
	return "?"
}

func mysqlSource(cfg *mysql.Config) (*Source, error) {
	if cfg.Timeout == 0 {
		cfg.Timeout = connectTimeout
	}
	c, err := mysql.NewConnector(cfg)
	if err != nil {
		return nil, fmt.Errorf("bad -dsn: %s", oneLine(err))
	}
	return &Source{
		Dialect:   "mysql",
		Where:     fmt.Sprintf("MySQL at %s/%s", cfg.Addr, cfg.DBName),
		my:        c,
		current:   "SELECT DATABASE()",
		noCurrent: "the DSN names no database",
	}, nil
}

func (s *Source) open() *sql.DB {
	if s.pg != nil {
		return stdlib.OpenDB(*s.pg)
	}
	// The driver logs some failures to standard error besides returning
	// them; the error is reported once, by the caller.
	mysql.SetLogger(log.New(io.Discard, "", 0))
	return sql.OpenDB(s.my)
}
