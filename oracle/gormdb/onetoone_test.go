package gormdb

import "testing"

// one-to-one-unique: without a unique foreign key a has-one silently
// takes a second row.
type O2OUser struct {
	ID      uint
	Profile O2OProfile
}

type O2OProfile struct {
	ID        uint
	O2OUserID uint
	Bio       string
}

type O2OFixedUser struct {
	ID      uint
	Profile O2OFixedProfile
}

type O2OFixedProfile struct {
	ID             uint
	O2OFixedUserID uint `gorm:"uniqueIndex"`
	Bio            string
}

func TestOneToOneUnique(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &O2OUser{}, &O2OProfile{})
		u := O2OUser{Profile: O2OProfile{Bio: "first"}}
		must(t, db.Create(&u).Error)
		// A second profile for the same user is accepted...
		if err := db.Create(&O2OProfile{O2OUserID: u.ID, Bio: "second"}).Error; err != nil {
			t.Fatalf("the database refused a second profile (%v): the bug is gone?", err)
		}
		var n int64
		must(t, db.Model(&O2OProfile{}).Where(&O2OProfile{O2OUserID: u.ID}).Count(&n).Error)
		if n != 2 {
			t.Fatalf("%d profiles for one user, want 2", n)
		}
		// ...and the has-one now loads one of two rows.
		var got O2OUser
		must(t, db.Preload("Profile").First(&got, u.ID).Error)
		t.Logf("Preload returned %q of two profiles", got.Profile.Bio)
	})
}

func TestOneToOneUniqueFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &O2OFixedUser{}, &O2OFixedProfile{})
		u := O2OFixedUser{Profile: O2OFixedProfile{Bio: "first"}}
		must(t, db.Create(&u).Error)
		if err := db.Create(&O2OFixedProfile{O2OFixedUserID: u.ID, Bio: "second"}).Error; err == nil {
			t.Fatal("a second profile was accepted despite uniqueIndex")
		}
	})
}
