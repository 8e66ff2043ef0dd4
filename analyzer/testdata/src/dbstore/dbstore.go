// Package dbstore opens the database: its driver import is the evidence.
package dbstore

import "gorm.io/driver/postgres"

var Dialector = postgres.Open("")
