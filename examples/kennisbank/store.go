package main

import (
	"context"
	"encoding/base64"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"
)

// store keeps the cases of the knowledge base. Both implementations
// (SQLite and PostgreSQL, see openStore) satisfy it with the same
// behaviour, which storeSuite in store_test.go checks.
//
// Every method is safe for concurrent use, also by several server
// processes on one database: each write runs in its own transaction and an
// update or delete that names a revision only succeeds while the stored
// case still has that revision, so two writers can never both win.
type store interface {
	// Create stores a new case. It returns the stored record (with its
	// first revision) or errExists when a case with rec.ID is stored.
	Create(ctx context.Context, rec record) (record, error)
	// Get returns the case with the given ID, or errNotFound.
	Get(ctx context.Context, id uuid.UUID) (record, error)
	// List returns one page of case summaries (records without Body) in
	// the order of name, then ID, and the cursor of the next page, ""
	// after the last one.
	List(ctx context.Context, q listQuery) (page []record, next string, err error)
	// Update replaces the case rec.ID when it still has revision match. It
	// returns the stored record with its new revision, errNotFound when
	// no such case is stored, or errStale when it has another revision.
	Update(ctx context.Context, rec record, match revision) (record, error)
	// Delete removes the case id. A zero match deletes whatever revision
	// is stored; otherwise the case must still have revision match.
	// It returns errNotFound or errStale as Update does.
	Delete(ctx context.Context, id uuid.UUID, match revision) error
	// Ping reports whether the database answers and takes a write.
	Ping(ctx context.Context) error
	// Close releases the database.
	Close() error
}

// Errors of a store. Anything else a store returns is a failure of the
// database, which the server logs and reports as an internal error.
var (
	errNotFound = errors.New("case not found")
	errExists   = errors.New("case already exists")
	errStale    = errors.New("case has another revision")
	errCursor   = errors.New("malformed cursor")
)

// record is a stored case: its JSON document (Body) with the columns that
// are indexed beside it.
type record struct {
	ID       uuid.UUID
	Name     string
	Region   string
	Revision revision
	Created  time.Time
	Updated  time.Time
	Body     []byte // the validated case as JSON; nil in a List page
}

// revision identifies one stored state of a case: Version counts the
// writes of the case from 1, and Generation is a random number drawn when
// the case is created, so that a case deleted and created again never
// repeats an earlier revision. The zero revision matches nothing.
type revision struct {
	Generation int64
	Version    int64
}

// IsZero reports whether r is unset.
func (r revision) IsZero() bool { return r == revision{} }

// listQuery asks for one page of cases.
type listQuery struct {
	Region string // only cases of this region code; "" for every region
	Cursor string // from the previous page; "" for the first page
	Limit  int    // cases per page, 1 or more
}

// cursor is the position after which a page starts: the sort key of the
// last case of the previous page.
type cursor struct {
	Name string
	ID   uuid.UUID
}

// encodeCursor returns the opaque text form of c.
func encodeCursor(c cursor) string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.ID.String() + c.Name))
}

// decodeCursor parses the text form made by encodeCursor; anything else
// gives errCursor.
func decodeCursor(s string) (cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < 36 {
		return cursor{}, errCursor
	}
	id, err := uuid.Parse(string(b[:36]))
	if err != nil || strings.ToLower(string(b[:36])) != string(b[:36]) {
		return cursor{}, errCursor
	}
	return cursor{ID: id, Name: string(b[36:])}, nil
}

// openStore opens the database named by dsn and brings its schema up to
// date: a "postgres://" or "postgresql://" URL opens PostgreSQL, anything
// else is the path of a SQLite file, created when missing.
func openStore(ctx context.Context, dsn string, maxConns int) (store, error) {
	if isPostgres(dsn) {
		return openPostgres(ctx, dsn, maxConns)
	}
	return openSQLite(ctx, dsn, maxConns)
}

// isPostgres reports whether dsn names a PostgreSQL database.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
