package schemahand // want package:"models User, Profile"

// A constant named like relcheck schema's, written by hand (no generated
// header): the analyzer ignores it and reads the tags.

const relcheckSchema = `{"dialect":"postgres","tables":[{"name":"profiles","columns":[{"name":"id","type":"int8"},{"name":"user_id","type":"int8"}],"primaryKey":["id"],"indexes":[{"name":"u","columns":["user_id"],"unique":true}]}]}`

var _ = relcheckSchema

type User struct {
	ID      uint
	Profile Profile `gorm:"foreignKey:UserID"` // want `User\.Profile is one-to-one but Profile\.UserID is not unique; add uniqueIndex to Profile\.UserID`
}

type Profile struct {
	ID     uint
	UserID uint
}
