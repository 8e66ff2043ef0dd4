// Package bun is a stub of github.com/uptrace/bun with the names relcheck
// keys on.
package bun

type BaseModel struct{}

type DB struct{}
