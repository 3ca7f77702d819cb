package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// postgresDialect stores cases in PostgreSQL. Several servers may share
// one database: migrations take an advisory lock so that servers starting
// together migrate one after the other, and the conditional updates of
// sqlStore keep their writes from overwriting each other. Names and regions
// sort by bytes (COLLATE "C"), as in SQLite, so that both list cases in the
// same order.
var postgresDialect = dialect{
	name: "postgres",
	migrations: [][]string{
		{
			`CREATE TABLE cases (
				id         uuid PRIMARY KEY,
				name       text COLLATE "C" NOT NULL,
				region     text COLLATE "C" NOT NULL,
				generation bigint NOT NULL,
				version    bigint NOT NULL,
				created    timestamptz NOT NULL,
				updated    timestamptz NOT NULL,
				body       json NOT NULL
			)`,
			`CREATE INDEX cases_name ON cases (name, id)`,
			`CREATE INDEX cases_region ON cases (region, name, id)`,
			`CREATE INDEX cases_updated ON cases (updated)`,
		},
		// One row that Ping rewrites: readiness is a write that succeeded.
		{`CREATE TABLE readiness (id integer PRIMARY KEY, writes bigint NOT NULL)`},
		// Self-assessment rounds, their raters and answers (see store_rounds.go).
		roundsMigrationFor("postgres"),
	},
	// The number is arbitrary but fixed: every kennisbank server takes
	// the same lock. It is released when the transaction ends.
	lockMigrations: `SELECT pg_advisory_xact_lock(7314520001)`,
	numbered:       true,
	bodyArg:        func(b []byte) any { return b },
}

// openPostgres connects to the PostgreSQL database at the URL dsn
// ("postgres://user:password@host:port/database?sslmode=..."), as pgx
// understands it, and migrates it, with the settings of opts.
func openPostgres(ctx context.Context, dsn string, opts Options) (*sqlStore, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	maxConns := opts.MaxConns
	if maxConns <= 0 {
		maxConns = 10
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	db.SetConnMaxIdleTime(5 * time.Minute)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("postgres: connecting: %w", err)
	}
	s := &sqlStore{db: db, d: &postgresDialect, now: opts.now()}
	if err := s.migrate(ctx); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}
