package locals // want package:"models func1.Lit, func2.User, func2.User#2, func2.User#3, T.M.User"

// Function-local types in odd places: a function literal outside any
// function, init, nested blocks and literals, a method. Silence, and no
// panic.

var Make = func() any {
	type Lit struct {
		ID uint `gorm:"primaryKey"`
	}
	return Lit{}
}

func init() {
	type User struct {
		ID uint `gorm:"primaryKey"`
	}
	_ = func() {
		type User struct {
			ID uint `gorm:"primaryKey"`
		}
		_ = User{}
	}
	for i := 0; i < 1; i++ {
		type User struct {
			ID uint `gorm:"primaryKey"`
		}
		_ = User{}
	}
	_ = User{}
}

type T struct{}

func (*T) M() {
	type User struct {
		ID uint `gorm:"primaryKey"`
	}
	_ = User{}
}
