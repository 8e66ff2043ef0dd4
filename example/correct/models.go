// Package correct is the seed's SQLAlchemy models (User, Post, Profile,
// Group) ported to GORM, correctly. relcheck is silent on it.
//
//	class User(Base):
//	    posts   = relationship("Post", back_populates="author", cascade="all, delete-orphan")
//	    profile = relationship("Profile", back_populates="user", uselist=False)
//	    groups  = relationship("Group", secondary=user_groups, back_populates="members")
package correct

// User has many posts (deleted with it), one profile, and many groups.
type User struct {
	ID      uint
	Name    string   `gorm:"size:100;not null"`
	Email   string   `gorm:"uniqueIndex"`
	Posts   []Post   `gorm:"foreignKey:AuthorID;constraint:OnDelete:CASCADE"`
	Profile *Profile `gorm:"constraint:OnDelete:CASCADE"`
	Groups  []Group  `gorm:"many2many:user_groups"`
}

// Post belongs to its author; Posts on User is the other side.
type Post struct {
	ID       uint
	Title    string
	AuthorID uint `gorm:"index"`
	Author   User
}

// Profile is one-to-one with User: its foreign key is unique.
type Profile struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Bio    string
	User   *User
}

// Group shares the user_groups table with User.Groups.
type Group struct {
	ID      uint
	Name    string `gorm:"uniqueIndex"`
	Members []User `gorm:"many2many:user_groups"`
}
