package bunhasone // want package:"models User, Profile, Account, Plan, Team, Member"

// A Bun has-one whose key sits on the declaring model is what Bun calls
// belongs-to.

// Without join: Bun looks for profiles.user_id, then joins
// profiles.id = users.id.
type User struct {
	ID        int64 `bun:",pk"`
	ProfileID int64
	Profile   *Profile `bun:"rel:has-one"` // want `User\.Profile: Profile has no column user_id; write rel:belongs-to,join:profile_id=id`
}

type Profile struct {
	ID int64 `bun:",pk"`
}

// With join: Bun joins on plan_id and creates the foreign key there, but
// never reads on_delete on a has-one.
type Account struct {
	ID     int64 `bun:",pk"`
	PlanID int64
	Plan   *Plan `bun:"rel:has-one,join:plan_id=id,on_delete:CASCADE"` // want `Account\.Plan: ON DELETE CASCADE never fires; remove it, or delete the Account rows yourself`
}

type Plan struct {
	ID int64 `bun:",pk"`
}

// Without actions the has-one spelling changes nothing: silent, and the
// pair with Team.Members agrees.
type Team struct {
	ID      int64     `bun:",pk"`
	Members []*Member `bun:"rel:has-many,join:id=team_id"`
}

type Member struct {
	ID     int64 `bun:",pk"`
	TeamID int64
	Team   *Team `bun:"rel:has-one,join:team_id=id"`
}
