package gormdb

import (
	"slices"
	"testing"

	"gorm.io/gorm"
)

// cascade-ineffective: a soft-deleted parent never fires ON DELETE CASCADE.
type CIParent struct {
	gorm.Model
	Children []CIChild `gorm:"constraint:OnDelete:CASCADE"`
}

type CIChild struct {
	ID         uint
	CIParentID uint
}

func TestCascadeIneffective(t *testing.T) { each(t, testCascadeIneffective) }

func testCascadeIneffective(t *testing.T, db *conn) {
	migrate(t, db, &CIParent{}, &CIChild{})
	p := CIParent{Children: []CIChild{{}, {}}}
	must(t, db.Create(&p).Error)

	must(t, db.Delete(&p).Error) // soft delete: UPDATE ... SET deleted_at
	var n int64
	must(t, db.Model(&CIChild{}).Where(&CIChild{CIParentID: p.ID}).Count(&n).Error)
	if n != 2 {
		t.Fatalf("after a soft delete %d children remain, want 2: the cascade fired?", n)
	}
	var parents int64
	must(t, db.Model(&CIParent{}).Count(&parents).Error)
	if parents != 0 {
		t.Fatalf("the parent is still visible")
	}
}

// The same models where the program also deletes the parent for real:
// the cascade fires then, so relcheck is silent.
type CIHardParent struct {
	gorm.Model
	Children []CIHardChild `gorm:"constraint:OnDelete:CASCADE"`
}

type CIHardChild struct {
	ID             uint
	CIHardParentID uint
}

func TestCascadeOnHardDelete(t *testing.T) { each(t, testCascadeOnHardDelete) }

func testCascadeOnHardDelete(t *testing.T, db *conn) {
	migrate(t, db, &CIHardParent{}, &CIHardChild{})
	p := CIHardParent{Children: []CIHardChild{{}, {}}}
	must(t, db.Create(&p).Error)
	must(t, db.Delete(&p).Error)
	var n int64
	must(t, db.Model(&CIHardChild{}).Count(&n).Error)
	if n != 2 {
		t.Fatalf("after a soft delete %d children remain, want 2", n)
	}
	must(t, db.Unscoped().Delete(&CIHardParent{}, p.ID).Error)
	must(t, db.Model(&CIHardChild{}).Count(&n).Error)
	if n != 0 {
		t.Fatalf("after a hard delete %d children remain, want 0", n)
	}
}

// cascade-conflict: the has-many says CASCADE, the belongs-to says SET
// NULL. GORM creates one constraint, from the has-many side.
type CCUser struct {
	ID    uint
	Posts []CCPost `gorm:"constraint:OnDelete:CASCADE"`
}

type CCPost struct {
	ID       uint
	CCUserID *uint
	CCUser   CCUser `gorm:"constraint:OnDelete:SET NULL"`
}

type CCAgreedUser struct {
	ID    uint
	Posts []CCAgreedPost `gorm:"constraint:OnDelete:SET NULL"`
}

type CCAgreedPost struct {
	ID             uint
	CCAgreedUserID *uint
	CCAgreedUser   CCAgreedUser `gorm:"constraint:OnDelete:SET NULL"`
}

func TestCascadeConflict(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &CCUser{}, &CCPost{})
		if rules := deleteRules(t, db, "cc_posts"); !slices.Equal(rules, []string{"CASCADE"}) {
			t.Fatalf("foreign keys ON DELETE %v, want only the has-many's CASCADE", rules)
		}
		// What the belongs-to's author expected does not happen.
		u := CCUser{Posts: []CCPost{{}}}
		must(t, db.Create(&u).Error)
		must(t, db.Delete(&CCUser{}, u.ID).Error)
		var n int64
		must(t, db.Model(&CCPost{}).Count(&n).Error)
		if n != 0 {
			t.Fatalf("%d posts survive; the CASCADE should have deleted them", n)
		}
	})
}

func TestCascadeConflictFixed(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &CCAgreedUser{}, &CCAgreedPost{})
		if rules := deleteRules(t, db, "cc_agreed_posts"); !slices.Equal(rules, []string{"SET NULL"}) {
			t.Fatalf("foreign keys ON DELETE %v, want the agreed SET NULL", rules)
		}
	})
}

// cascade-ineffective, belongs-to side: GORM drops the belongs-to's
// constraint when the parent has a relation back, even if that relation
// declares no action.
type CBUser struct {
	ID    uint
	Posts []CBPost
}

type CBPost struct {
	ID       uint
	CBUserID uint
	CBUser   CBUser `gorm:"constraint:OnDelete:CASCADE"`
}

func TestBelongsToActionDropped(t *testing.T) {
	each(t, func(t *testing.T, db *conn) {
		migrate(t, db, &CBUser{}, &CBPost{})
		if rules := deleteRules(t, db, "cb_posts"); len(rules) != 1 || rules[0] == "CASCADE" {
			t.Fatalf("foreign keys ON DELETE %v, want one without the belongs-to's CASCADE", rules)
		}
	})
}

// cascade-ineffective, polymorphic: no foreign key at all.
type PolyDog struct {
	ID   uint
	Toys []PolyToy `gorm:"polymorphic:Owner;constraint:OnDelete:CASCADE"`
}

type PolyToy struct {
	ID        uint
	OwnerID   uint
	OwnerType string
}

func TestPolymorphicHasNoConstraint(t *testing.T) { each(t, testPolymorphic) }

func testPolymorphic(t *testing.T, db *conn) {
	migrate(t, db, &PolyDog{}, &PolyToy{})
	if rules := deleteRules(t, db, "poly_toys"); len(rules) != 0 {
		t.Fatalf("a polymorphic relation got a constraint: ON DELETE %v", rules)
	}
	d := PolyDog{Toys: []PolyToy{{}}}
	must(t, db.Create(&d).Error)
	must(t, db.Delete(&d).Error)
	var n int64
	must(t, db.Model(&PolyToy{}).Count(&n).Error)
	if n != 1 {
		t.Fatalf("%d toys after deleting their dog, want 1 (nothing cascades)", n)
	}
}
