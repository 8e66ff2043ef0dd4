// Package postgres is a stub of gorm.io/driver/postgres: importing it is
// evidence that the program runs on PostgreSQL.
package postgres

func Open(dsn string) interface{} { return nil }
