package store

import "database/sql"

// DBOf returns the database under s, for tests that look inside.
func DBOf(s Store) *sql.DB { return s.(*sqlStore).db }

// Migrations returns how many migrations the dialect of s knows.
func Migrations(s Store) int { return len(s.(*sqlStore).d.migrations) }
