package generated // want package:"models"

// The hand-written half of the package; zz_generated.go is the rest.
