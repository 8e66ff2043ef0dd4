package migrate

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeMySQLMigrations is writeMigrations in MySQL's DDL: each of n files
// creates a table with a foreign key to the previous one and two unique
// indexes (MySQL has no partial ones), and alters the table before it.
func writeMySQLMigrations(tb testing.TB, n int) string {
	dir := tb.TempDir()
	for i := 1; i <= n; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "CREATE TABLE t%d (\n  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  name VARCHAR(100) NOT NULL,\n  code VARCHAR(40),\n  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  archived_at DATETIME NULL", i)
		if i > 1 {
			fmt.Fprintf(&b, ",\n  parent_id BIGINT UNSIGNED,\n  CONSTRAINT t%d_parent FOREIGN KEY (parent_id) REFERENCES t%d (id) ON DELETE CASCADE", i, i-1)
		}
		b.WriteString("\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n")
		fmt.Fprintf(&b, "CREATE UNIQUE INDEX t%d_code ON t%d (code);\n", i, i)
		fmt.Fprintf(&b, "CREATE UNIQUE INDEX t%d_name ON t%d (name, archived_at);\n", i, i)
		if i > 1 {
			fmt.Fprintf(&b, "ALTER TABLE t%d ADD COLUMN note TEXT;\nCREATE INDEX t%d_created ON t%d (created_at);\n", i-1, i-1, i-1)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%06d_t%d.up.sql", i, i)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// 300 migration files, about 1,200 statements.
func BenchmarkRead300MySQL(b *testing.B) {
	dir := writeMySQLMigrations(b, 300)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := Read("mysql", dir)
		if err != nil || len(s.Tables) != 300 || len(s.Skipped) != 0 {
			b.Fatalf("%v, %d tables, %d skipped", err, len(s.Tables), len(s.Skipped))
		}
	}
}

// TestWriteMySQLMigrations keeps the benchmark's input honest: it must be
// read whole, with every foreign key in place.
func TestWriteMySQLMigrations(t *testing.T) {
	s, err := Read("mysql", writeMySQLMigrations(t, 5))
	if err != nil || len(s.Tables) != 5 || len(s.Skipped) != 0 {
		t.Fatalf("%v, %+v", err, s)
	}
	if fk := s.Table("t5").ForeignKeyOn([]string{"parent_id"}); fk == nil || fk.RefTable != "t4" || fk.OnDelete != "CASCADE" {
		t.Errorf("t5 foreign key %+v", fk)
	}
	if s.Table("t4").Column("note") == nil || !s.Table("t5").IndexedBy([]string{"parent_id"}) {
		t.Errorf("t4 %+v, t5 %+v", s.Table("t4"), s.Table("t5"))
	}
}
