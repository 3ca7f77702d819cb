package store

import (
	"context"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// openPostgres connects to the PostgreSQL database at the URL dsn
// ("postgres://user:password@host:port/database?sslmode=..."), as pgx
// understands it, and migrates it, with the settings of opts.
func openPostgres(ctx context.Context, dsn string, opts Options) (*sqlStore, error) {
	return openSQL(ctx, "pgx", dsn, &postgresDialect, opts)
}
