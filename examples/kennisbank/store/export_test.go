package store

import "database/sql"

// DBOf returns the database under s, for tests that look inside.
func DBOf(s Store) *sql.DB { return s.(*sqlStore).db }

// Migrations returns how many migrations the dialect of s knows.
func Migrations(s Store) int { return len(s.(*sqlStore).d.migrations()) }

// SQLiteBusy is sqliteBusy, for the test of the busy condition.
var SQLiteBusy = sqliteBusy

// SchemaOf returns the migrations as the dialect named name ("sqlite" or
// "postgres") writes them.
func SchemaOf(name string) [][]string {
	if name == postgresDialect.name {
		return postgresDialect.migrations()
	}
	return sqliteDialect.migrations()
}
