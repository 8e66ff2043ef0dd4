package gopgdb

import (
	"strings"
	"testing"
)

// references-not-unique: a has-one whose join_fk names a column with no
// unique constraint.
type RNTeam struct {
	tableName struct{} `pg:"rn_teams"`
	ID        int64
	Code      string
}

type RNMember struct {
	tableName struct{} `pg:"rn_members"`
	ID        int64
	TeamCode  string
	Team      *RNTeam `pg:"rel:has-one,fk:team_code,join_fk:code"`
}

type RNFixedTeam struct {
	tableName struct{} `pg:"rn_fixed_teams"`
	ID        int64
	Code      string `pg:",unique"`
}

type RNFixedMember struct {
	tableName struct{} `pg:"rn_fixed_members"`
	ID        int64
	TeamCode  string
	Team      *RNFixedTeam `pg:"rel:has-one,fk:team_code,join_fk:code"`
}

func TestReferencesNotUnique(t *testing.T) {
	db := open(t)
	create(t, db, (*RNTeam)(nil))
	const want = `ERROR #42830 there is no unique constraint matching given keys for referenced table "rn_teams"`
	if err := tryCreate(db, (*RNMember)(nil)); err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("CREATE TABLE with the foreign key: %v, want %s", err, want)
	}
}

func TestReferencesNotUniqueFixed(t *testing.T) {
	db := open(t)
	create(t, db, (*RNFixedTeam)(nil), (*RNFixedMember)(nil))
	insert(t, db, &RNFixedTeam{Code: "red"})
	insert(t, db, &RNFixedMember{TeamCode: "red"})
	var m RNFixedMember
	must(t, db.Model(&m).Relation("Team").Limit(1).Select())
	if m.Team == nil || m.Team.Code != "red" {
		t.Fatalf("the member's team: %+v", m.Team)
	}
}
