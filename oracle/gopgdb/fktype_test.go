package gopgdb

import (
	"strings"
	"testing"
)

// fk-type-mismatch: go-pg gives a foreign-key column its own Go type, so
// a string key to an integer key is a text column.
type TMUser struct {
	tableName struct{} `pg:"tm_users"`
	ID        int64
	Name      string
	Posts     []*TMPost `pg:"rel:has-many,join_fk:author_id"`
}

type TMPost struct {
	tableName struct{} `pg:"tm_posts"`
	ID        int64
	AuthorID  string
	Author    *TMUser `pg:"rel:has-one"`
}

// The fix relcheck names: the key's type.
type TMFixedUser struct {
	tableName struct{} `pg:"tm_fixed_users"`
	ID        int64
	Name      string
	Posts     []*TMFixedPost `pg:"rel:has-many,join_fk:author_id"`
}

type TMFixedPost struct {
	tableName struct{} `pg:"tm_fixed_posts"`
	ID        int64
	AuthorID  int64
	Author    *TMFixedUser `pg:"rel:has-one"`
}

func TestTypeMismatch(t *testing.T) {
	db := open(t)
	create(t, db, (*TMUser)(nil))
	const refuse = `ERROR #42804 foreign key constraint "tm_posts_author_id_fkey" cannot be implemented`
	if err := tryCreate(db, (*TMPost)(nil)); err == nil || !strings.Contains(err.Error(), refuse) {
		t.Fatalf("CREATE TABLE with the foreign key: %v, want %s", err, refuse)
	}
	must(t, db.Model((*TMPost)(nil)).CreateTable(nil)) // no constraint
	if typ := columnType(t, db, "tm_posts", "author_id"); typ != "text" {
		t.Fatalf("author_id is %s, want go-pg's text for a string", typ)
	}
	u := TMUser{Name: "ann"}
	_, err := db.Model(&u).Insert()
	must(t, err)
	_, err = db.Model(&TMPost{AuthorID: "1"}).Insert()
	must(t, err)
	const load = "ERROR #42883 operator does not exist: text = integer"
	var got TMUser
	err = db.Model(&got).Relation("Posts").Where("tm_user.id = ?", u.ID).Select()
	if err == nil || !strings.Contains(err.Error(), load) {
		t.Fatalf("Relation(\"Posts\"): %v, want %s", err, load)
	}
	var p TMPost
	err = db.Model(&p).Relation("Author").Limit(1).Select()
	if err == nil || !strings.Contains(err.Error(), "operator does not exist") {
		t.Fatalf("Relation(\"Author\"): %v, want operator does not exist", err)
	}
	t.Logf("Relation(\"Author\"): %v", err)
}

func TestTypeMismatchFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*TMFixedUser)(nil), (*TMFixedPost)(nil))
	u := TMFixedUser{Name: "ann"}
	_, err := db.Model(&u).Insert()
	must(t, err)
	_, err = db.Model(&TMFixedPost{AuthorID: u.ID}).Insert()
	must(t, err)
	var got TMFixedUser
	must(t, db.Model(&got).Relation("Posts").Where("tm_fixed_user.id = ?", u.ID).Select())
	if len(got.Posts) != 1 {
		t.Fatalf("%d posts, want 1", len(got.Posts))
	}
	var p TMFixedPost
	must(t, db.Model(&p).Relation("Author").Limit(1).Select())
	if p.Author == nil || p.Author.Name != "ann" {
		t.Fatalf("the post's author: %+v", p.Author)
	}
}

// fk-type-mismatch where the migrations gave both columns the key's type
// (bigint): PostgreSQL compares them, and go-pg reads the key into the
// string field and matches both relations.
func TestTypeMismatchSchemaAgrees(t *testing.T) {
	db := open(t)
	_, err := db.Exec("CREATE TABLE tm_users (id bigint PRIMARY KEY, name text)")
	must(t, err)
	_, err = db.Exec("CREATE TABLE tm_posts (id bigint PRIMARY KEY, author_id bigint REFERENCES tm_users (id))")
	must(t, err)
	_, err = db.Model(&TMUser{ID: 1, Name: "ann"}).Insert()
	must(t, err)
	_, err = db.Model(&TMPost{ID: 1, AuthorID: "1"}).Insert()
	must(t, err)
	var got TMUser
	err = db.Model(&got).Relation("Posts").Where("tm_user.id = ?", 1).Select()
	if err != nil || len(got.Posts) != 1 {
		t.Errorf("Relation(\"Posts\"): %v, %d posts; want 1", err, len(got.Posts))
	}
	var p TMPost
	err = db.Model(&p).Relation("Author").Limit(1).Select()
	if err != nil || p.Author == nil || p.Author.Name != "ann" {
		t.Errorf("Relation(\"Author\"): %v, %+v; want the author", err, p.Author)
	}
}
