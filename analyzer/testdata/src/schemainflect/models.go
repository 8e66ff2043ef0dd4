package schemainflect // want package:"models Daemon, KeaDaemon, Bind9Daemon"

// The program names go-pg's tables by the type name as is (dbsetup's
// orm.SetTableNameInflector), so the models meet the migrations' singular
// tables: kea_daemon's key is unique there, bind9_daemon's is not.

import (
	_ "schemainflect/dbsetup"

	"github.com/go-pg/pg/v10/orm"
)

var _ orm.Query

type Daemon struct {
	ID          int64
	KeaDaemon   *KeaDaemon   `pg:"rel:belongs-to"` // unique in kea_daemon: silent
	Bind9Daemon *Bind9Daemon `pg:"rel:belongs-to"` // want `Daemon\.Bind9Daemon: no unique index on bind9_daemon \(daemon_id\); add one in a migration`
}

type KeaDaemon struct {
	ID       int64
	DaemonID int64
}

type Bind9Daemon struct {
	ID       int64
	DaemonID int64
}
