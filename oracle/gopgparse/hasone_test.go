package gopgparse

import (
	"strings"
	"testing"

	"github.com/go-pg/pg/v10/orm"
)

// A go-pg belongs-to (the key on the other model, relcheck's has-one)
// beside a has-many over the same column.
type joinUser struct {
	tableName struct{} `pg:"join_users"`
	ID        int64
	Posts     []*joinPost `pg:"rel:has-many,join_fk:user_id"`
	Latest    *joinPost   `pg:"rel:belongs-to,join_fk:user_id"`
}

type joinPost struct {
	tableName struct{} `pg:"join_posts"`
	ID        int64
	UserID    int64
}

// go-pg loads that has-one with a LEFT JOIN in the parent's own SELECT, so
// each extra child row repeats the parent; the has-many is a second query.
func TestHasOneLoadsByJoin(t *testing.T) {
	sel := func(rel string) string {
		var us []joinUser
		b, err := orm.NewSelectQuery(orm.NewQuery(nil, &us).Relation(rel)).AppendQuery(orm.NewFormatter(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if s := sel("Latest"); !strings.Contains(s, "LEFT JOIN") || !strings.Contains(s, `"join_posts"`) {
		t.Fatalf("go-pg no longer joins a has-one into the parent query: %s", s)
	} else {
		t.Log(s)
	}
	if s := sel("Posts"); strings.Contains(s, "JOIN") {
		t.Fatalf("go-pg joins a has-many into the parent query: %s", s)
	}
}
