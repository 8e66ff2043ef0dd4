package migrate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeMigrations writes n golang-migrate files: each creates a table with
// a foreign key to the previous one, a unique and a partial index, and
// alters the table before it, as a long-lived project's history does.
func writeMigrations(tb testing.TB, n int) string {
	dir := tb.TempDir()
	for i := 1; i <= n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "CREATE TABLE t%d (\n  id bigserial PRIMARY KEY,\n  name text NOT NULL,\n  code varchar(40),\n  created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  archived_at timestamptz", i)
		if i > 1 {
			fmt.Fprintf(&b, ",\n  parent_id bigint REFERENCES t%d (id) ON DELETE CASCADE", i-1)
		}
		b.WriteString("\n);\n")
		fmt.Fprintf(&b, "CREATE UNIQUE INDEX t%d_code ON t%d (code);\n", i, i)
		fmt.Fprintf(&b, "CREATE UNIQUE INDEX t%d_live_name ON t%d (name) WHERE archived_at IS NULL;\n", i, i)
		if i > 1 {
			fmt.Fprintf(&b, "ALTER TABLE t%d ADD COLUMN note text;\nCREATE INDEX t%d_created ON t%d (created_at);\n", i-1, i-1, i-1)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d_t%d.up.sql", i, i)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func benchmarkRead(b *testing.B, dialect string) {
	dir := writeMigrations(b, 300)
	if _, err := Read(dialect, dir); err != nil { // warm: the first call compiles the parser
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Read(dialect, dir)
		if err != nil || len(s.Tables) != 300 || len(s.Skipped) != 0 {
			b.Fatalf("%v, %d tables, %d skipped", err, len(s.Tables), len(s.Skipped))
		}
	}
}

// 300 migration files, about 1,200 statements.
func BenchmarkRead300Postgres(b *testing.B) { benchmarkRead(b, "postgres") }
func BenchmarkRead300SQLite(b *testing.B)   { benchmarkRead(b, "sqlite") }
