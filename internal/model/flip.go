package model

// Flip is a relation of the model, declared with an action, whose foreign
// key sits in the target's table only because of how the other side is
// declared, though that side reads as the many of a one-to-many (ent:
// Unique() on an inverse edge named as a collection). The action then
// runs from this model to the target: deleting a row of this model
// deletes (or nulls) the target's row.
type Flip struct {
	Relation string // the relation declaring the action, on this model
	Inverse  string // the target's relation whose declaration moves the key
	Column   string // the foreign key, in the target's table
	Action   string // "CASCADE"
	Why      string // what in Inverse's declaration moves the key
	Fix      string // the declaration that keeps the key in this model's table
}
