package bundb

import (
	"strings"
	"testing"

	"github.com/uptrace/bun"

	"github.com/relcheck/relcheck/oracle/internal/dbs"
)

// fk-type-mismatch: Bun gives a foreign-key column its own Go type, so a
// string key to an integer key is a text column.
type TMUser struct {
	bun.BaseModel `bun:"table:tm_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*TMPost `bun:"rel:has-many,join:id=author_id"`
}

type TMPost struct {
	bun.BaseModel `bun:"table:tm_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	AuthorID      string
	Author        *TMUser `bun:"rel:belongs-to,join:author_id=id"`
}

// The fix relcheck names: the key's type.
type TMFixedUser struct {
	bun.BaseModel `bun:"table:tm_fixed_users"`
	ID            int64 `bun:",pk,autoincrement"`
	Name          string
	Posts         []*TMFixedPost `bun:"rel:has-many,join:id=author_id"`
}

type TMFixedPost struct {
	bun.BaseModel `bun:"table:tm_fixed_posts"`
	ID            int64 `bun:",pk,autoincrement"`
	AuthorID      int64
	Author        *TMFixedUser `bun:"rel:belongs-to,join:author_id=id"`
}

func TestTypeMismatch(t *testing.T) {
	// Creating the foreign key (WithForeignKeys): the servers refuse it.
	refuse := map[string]string{
		dbs.Postgres: `foreign key constraint "tm_posts_author_id_fkey" cannot be implemented`,
		dbs.MySQL:    `errno: 150 "Foreign key constraint is incorrectly formed"`,
	}
	// Loading the has-many: PostgreSQL will not compare the text column
	// with the integer key; elsewhere the rows come back and Bun cannot
	// match their string keys to the parent's integer one.
	load := map[string]string{
		dbs.SQLite:   `bun: has-many relation=Posts does not have base model=TMUser with id=["1"]`,
		dbs.Postgres: `operator does not exist: character varying = integer (SQLSTATE=42883)`,
		dbs.MySQL:    `bun: has-many relation=Posts does not have base model=TMUser with id=["1"]`,
	}
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*TMUser)(nil))
		err := tryCreate(db, (*TMPost)(nil))
		if want := refuse[db.kind]; want != "" {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("CREATE TABLE with the foreign key: %v, want %s", err, want)
			}
			_, err = db.NewCreateTable().Model((*TMPost)(nil)).Exec(ctx) // no constraint
		}
		must(t, err)
		if typ := dbs.ColumnType(t, db.DB.DB, db.kind, "tm_posts", "author_id"); !strings.Contains(typ, "char") {
			t.Fatalf("author_id is %s, want Bun's varchar for a string", typ)
		}
		u := TMUser{Name: "ann"}
		_, err = db.NewInsert().Model(&u).Exec(ctx)
		must(t, err)
		_, err = db.NewInsert().Model(&TMPost{AuthorID: "1"}).Exec(ctx)
		must(t, err)
		var got TMUser
		err = db.NewSelect().Model(&got).Relation("Posts").Where("?TableAlias.id = ?", u.ID).Scan(ctx)
		if err == nil || !strings.Contains(err.Error(), load[db.kind]) {
			t.Fatalf("Relation(\"Posts\"): %v, want %s", err, load[db.kind])
		}
		// The belongs-to is a join: SQLite and MariaDB compare the
		// values and find the author; PostgreSQL refuses.
		var p TMPost
		err = db.NewSelect().Model(&p).Relation("Author").Limit(1).Scan(ctx)
		if db.kind == dbs.Postgres {
			const want = "operator does not exist: bigint = character varying"
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("Relation(\"Author\"): %v, want %s", err, want)
			}
		} else if err != nil || p.Author == nil || p.Author.Name != "ann" {
			t.Fatalf("Relation(\"Author\"): %v, %+v; want the author", err, p.Author)
		}
	})
}

func TestTypeMismatchFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		create(t, db, (*TMFixedUser)(nil), (*TMFixedPost)(nil))
		u := TMFixedUser{Name: "ann"}
		_, err := db.NewInsert().Model(&u).Exec(ctx)
		must(t, err)
		_, err = db.NewInsert().Model(&TMFixedPost{AuthorID: u.ID}).Exec(ctx)
		must(t, err)
		var got TMFixedUser
		must(t, db.NewSelect().Model(&got).Relation("Posts").Where("?TableAlias.id = ?", u.ID).Scan(ctx))
		if len(got.Posts) != 1 {
			t.Fatalf("%d posts, want 1", len(got.Posts))
		}
		var p TMFixedPost
		must(t, db.NewSelect().Model(&p).Relation("Author").Limit(1).Scan(ctx))
		if p.Author == nil || p.Author.Name != "ann" {
			t.Fatalf("the post's author: %+v", p.Author)
		}
	})
}

// fk-type-mismatch where the migrations gave both columns the key's type
// (bigint): the database compares them, but Bun still matches a
// has-many's rows to their parent by Go value, and the string field
// never equals the int64 key. The belongs-to is a join and works.
func TestTypeMismatchSchemaAgrees(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		_, err := db.Exec("CREATE TABLE tm_users (id bigint PRIMARY KEY, name varchar(20))")
		must(t, err)
		_, err = db.Exec("CREATE TABLE tm_posts (id bigint PRIMARY KEY, author_id bigint REFERENCES tm_users (id))")
		must(t, err)
		_, err = db.NewInsert().Model(&TMUser{ID: 1, Name: "ann"}).Exec(ctx)
		must(t, err)
		_, err = db.NewInsert().Model(&TMPost{ID: 1, AuthorID: "1"}).Exec(ctx)
		must(t, err)
		var got TMUser
		err = db.NewSelect().Model(&got).Relation("Posts").Where("?TableAlias.id = ?", 1).Scan(ctx)
		const want = `bun: has-many relation=Posts does not have base model=TMUser with id=["1"]`
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Relation(\"Posts\"): %v, want %s", err, want)
		}
		var p TMPost
		err = db.NewSelect().Model(&p).Relation("Author").Limit(1).Scan(ctx)
		if err != nil || p.Author == nil || p.Author.Name != "ann" {
			t.Errorf("Relation(\"Author\"): %v, %+v; want the author", err, p.Author)
		}
	})
}
