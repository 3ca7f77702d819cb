package store

import (
	"context"
	"errors"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// openSQLite opens (and creates when missing) the SQLite database in the
// file at path and migrates it, with the settings of opts. Every
// connection runs with a busy timeout of ten seconds, in WAL mode, with
// synchronous=FULL, and begins its transactions IMMEDIATE (see
// sqliteDialect).
func openSQLite(ctx context.Context, path string, opts Options) (*sqlStore, error) {
	if path == "" || strings.ContainsAny(path, "?#") || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, errors.New("sqlite: -db must be the path of a file, without ? or #")
	}
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return openSQL(ctx, "sqlite", "file:"+path+"?"+q.Encode(), &sqliteDialect, opts)
}
