// Package sqlitedialect is a stub of Bun's SQLite dialect.
package sqlitedialect

func New() interface{} { return nil }
