package store

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// dialect is everything that differs between the SQL databases the store
// runs on, and this file is the one place that says it: the placeholders,
// the column types of the schema, the type a JSON document is passed as,
// the lock that serialises migrations, and how the database says that
// another connection holds the lock a statement needs. Every query and
// the schema (schema.go) are written once, with "?" placeholders and the
// type words of columnTypes. The upsert is no difference: both speak
// INSERT ... ON CONFLICT (SQLite since 3.24), so that clause is written
// once too.
type dialect struct {
	name string
	// types are the column types the schema's type words become.
	types columnTypes
	// lockMigrations runs first in the migration transaction, so that
	// servers starting at the same time migrate one after the other; ""
	// when the transaction itself locks the database.
	lockMigrations string
	// numbered: placeholders are $1, $2, ... rather than ?.
	numbered bool
	// bodyArg turns a case's JSON into the argument its column takes.
	bodyArg func([]byte) any
	// defaultConns is the size of the connection pool when Options gives
	// none.
	defaultConns int
	// connMaxIdle closes a connection idle for longer; 0 keeps it.
	connMaxIdle time.Duration
	// busy reports whether err says that another connection holds a lock
	// the statement needed, so that trying again later may succeed; nil
	// when the database queues for its locks itself.
	busy func(err error) bool
}

// sqliteDialect stores cases in one SQLite file. The database runs in WAL
// mode, so that readers never wait for the writer; transactions begin
// IMMEDIATE, so that writers queue for the lock (up to the busy timeout)
// instead of failing halfway; and synchronous=FULL makes a commit durable
// before the server acknowledges the write (see openSQLite). SQLite has no
// UUID, time or JSON type: they are TEXT, times in timeLayout so that they
// sort in time order.
var sqliteDialect = dialect{
	name:    "sqlite",
	types:   columnTypes{ID: "TEXT", Text: "TEXT", Int: "INTEGER", BigInt: "INTEGER", Time: "TEXT", JSON: "TEXT"},
	bodyArg: func(b []byte) any { return string(b) },
	busy:    sqliteBusy,
	// Readers run in parallel beside the one writer.
	defaultConns: 8,
}

// postgresDialect stores cases in PostgreSQL. Several servers may share
// one database: migrations take an advisory lock so that servers starting
// together migrate one after the other, and the conditional updates of
// sqlStore keep their writes from overwriting each other. Names and regions
// sort by bytes (COLLATE "C"), as in SQLite, so that both list cases in the
// same order. PostgreSQL queues for its locks, so it has no busy condition.
var postgresDialect = dialect{
	name:  "postgres",
	types: columnTypes{ID: "uuid", Text: `text COLLATE "C"`, Int: "integer", BigInt: "bigint", Time: "timestamptz", JSON: "json"},
	// The number is arbitrary but fixed: every kennisbank server takes
	// the same lock. It is released when the transaction ends.
	lockMigrations: `SELECT pg_advisory_xact_lock(7314520001)`,
	numbered:       true,
	bodyArg:        func(b []byte) any { return b },
	defaultConns:   10,
	// A server at rest gives its connections back to PostgreSQL, whose
	// max_connections several instances share.
	connMaxIdle: 5 * time.Minute,
}

// sqliteBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED,
// or one of their extended codes (such as SQLITE_BUSY_SNAPSHOT), as the
// driver's error code says: the text of an error is for people and may
// change with a version of SQLite or of the driver.
func sqliteBusy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Code() & 0xff { // an extended code keeps its primary code in the low byte
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return true
	}
	return false
}

// bind rewrites the "?" placeholders of q for the dialect. The queries of
// the store hold no "?" other than placeholders.
func (d *dialect) bind(q string) string {
	if !d.numbered {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
