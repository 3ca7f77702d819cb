package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// sqliteDialect stores cases in one SQLite file. The database runs in WAL
// mode, so that readers never wait for the writer; transactions begin
// IMMEDIATE, so that writers queue for the lock (up to the busy timeout)
// instead of failing halfway; and synchronous=FULL makes a commit durable
// before the server acknowledges the write.
var sqliteDialect = dialect{
	name: "sqlite",
	migrations: [][]string{
		{
			`CREATE TABLE cases (
				id         TEXT PRIMARY KEY,
				name       TEXT NOT NULL,
				region     TEXT NOT NULL,
				generation INTEGER NOT NULL,
				version    INTEGER NOT NULL,
				created    TEXT NOT NULL,
				updated    TEXT NOT NULL,
				body       TEXT NOT NULL
			)`,
			`CREATE INDEX cases_name ON cases (name, id)`,
			`CREATE INDEX cases_region ON cases (region, name, id)`,
			`CREATE INDEX cases_updated ON cases (updated)`,
		},
		// One row that Ping rewrites: readiness is a write that succeeded.
		{`CREATE TABLE readiness (id INTEGER PRIMARY KEY, writes INTEGER NOT NULL)`},
		// Self-assessment rounds, their raters and answers (see store_rounds.go).
		roundsMigrationFor("sqlite"),
	},
	bodyArg: func(b []byte) any { return string(b) },
}

// openSQLite opens (and creates when missing) the SQLite database in the
// file at path and migrates it, with the settings of opts.
func openSQLite(ctx context.Context, path string, opts Options) (*sqlStore, error) {
	if path == "" || strings.ContainsAny(path, "?#") || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, errors.New("sqlite: -db must be the path of a file, without ? or #")
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	maxConns := opts.MaxConns
	if maxConns <= 0 {
		maxConns = 8
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	s := &sqlStore{db: db, d: &sqliteDialect, now: opts.now()}
	if err := migrateSQLite(ctx, s); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// migrateSQLite migrates the database, waiting for servers that start at
// the same moment: switching a new database to WAL takes a lock that SQLite
// does not queue for (its busy timeout does not apply), so a concurrent
// start sees "database is locked" and tries again, for up to ten seconds.
func migrateSQLite(ctx context.Context, s *sqlStore) error {
	const attempts, pause = 100, 100 * time.Millisecond
	for i := 1; ; i++ {
		err := s.migrate(ctx)
		if err == nil || i == attempts || !strings.Contains(err.Error(), "database is locked") {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
	}
}
