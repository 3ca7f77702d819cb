// Package store keeps the cases of the kennisbank in a SQL database:
// SQLite (one file, the default) or PostgreSQL (several servers on one
// database). It is a package of its own so that another program, such as a
// batch import or a second service, can read and write the same cases with
// the same guarantees as the kennisbank server: every write in a
// transaction, every update conditional on the revision it read.
//
// Open chooses the database from its DSN and migrates the schema; the
// returned Store is safe for concurrent use, also by several processes on
// one database.
package store

import (
	"context"
	"encoding/base64"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Store keeps the cases of the knowledge base. Both implementations
// (SQLite and PostgreSQL, see Open) satisfy it with the same behaviour,
// which the suite in store_test.go checks on both, so that a caller never
// needs to know which database it writes to.
//
// Every method is safe for concurrent use, also by several server
// processes on one database: each write runs in its own transaction and an
// update or delete that names a revision only succeeds while the stored
// case still has that revision, so two writers can never both win.
type Store interface {
	// Create stores a new case. It returns the stored record (with its
	// first revision) or ErrExists when a case with rec.ID is stored.
	Create(ctx context.Context, rec Record) (Record, error)
	// Get returns the case with the given ID, or ErrNotFound.
	Get(ctx context.Context, id uuid.UUID) (Record, error)
	// List returns one page of case summaries (records without Body) in
	// the order of name, then ID, and the cursor of the next page, ""
	// after the last one.
	List(ctx context.Context, q ListQuery) (page []Record, next string, err error)
	// Update replaces the case rec.ID when it still has revision match. It
	// returns the stored record with its new revision, ErrNotFound when
	// no such case is stored, or ErrStale when it has another revision.
	Update(ctx context.Context, rec Record, match Revision) (Record, error)
	// Delete removes the case id. A zero match deletes whatever revision
	// is stored; otherwise the case must still have revision match.
	// It returns ErrNotFound or ErrStale as Update does.
	Delete(ctx context.Context, id uuid.UUID, match Revision) error
	// Ping reports whether the database answers and takes a write.
	Ping(ctx context.Context) error
	// Close releases the database.
	Close() error
}

// Errors of a Store, to be tested with errors.Is. Anything else a Store
// returns is a failure of the database, which a server should log and
// report as an internal error.
var (
	// ErrNotFound: no case with the given ID is stored.
	ErrNotFound = errors.New("case not found")
	// ErrExists: a case with the ID to create is stored already.
	ErrExists = errors.New("case already exists")
	// ErrStale: the case has another revision than the one the write
	// names; someone else changed it first.
	ErrStale = errors.New("case has another revision")
	// ErrCursor: a list cursor that EncodeCursor did not make.
	ErrCursor = errors.New("malformed cursor")
)

// Record is a stored case: its JSON document (Body) with the columns that
// are indexed beside it, so that lists and filters never parse a document.
type Record struct {
	ID       uuid.UUID // the case's ID, its collaboration's ID
	Name     string    // the collaboration's name, the sort key of a list
	Region   string    // the collaboration's region code, a filter of a list
	Revision Revision  // the stored state; set by the store
	Created  time.Time // when the case was created, in UTC; set by the store
	Updated  time.Time // when it was last written, in UTC; set by the store
	Body     []byte    // the validated case as JSON; nil in a List page
}

// Revision identifies one stored state of a case: Version counts the
// writes of the case from 1, and Generation is a random number drawn when
// the case is created, so that a case deleted and created again never
// repeats an earlier revision. The zero Revision matches nothing. An HTTP
// server shows it as the case's ETag.
type Revision struct {
	Generation int64 // random, positive, drawn when the case is created
	Version    int64 // 1 for the created case, one more for every update
}

// IsZero reports whether r is unset.
func (r Revision) IsZero() bool { return r == Revision{} }

// ListQuery asks Store.List for one page of cases.
type ListQuery struct {
	Region string // only cases of this region code; "" for every region
	Cursor string // from the previous page; "" for the first page
	Limit  int    // cases per page, 1 or more
}

// Cursor is the position after which a page starts: the sort key of the
// last case of the previous page. Its text form (EncodeCursor) is opaque to
// clients.
type Cursor struct {
	Name string    // the name of the last case of the previous page
	ID   uuid.UUID // its ID, which orders cases of the same name
}

// EncodeCursor returns the opaque text form of c, as ListQuery.Cursor
// takes it.
func EncodeCursor(c Cursor) string {
	return base64.RawURLEncoding.EncodeToString([]byte(c.ID.String() + c.Name))
}

// DecodeCursor parses the text form made by EncodeCursor; anything else
// gives ErrCursor, so that a server can refuse a forged cursor before it
// asks the database.
func DecodeCursor(s string) (Cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < 36 {
		return Cursor{}, ErrCursor
	}
	id, err := uuid.Parse(string(b[:36]))
	if err != nil || strings.ToLower(string(b[:36])) != string(b[:36]) {
		return Cursor{}, ErrCursor
	}
	return Cursor{ID: id, Name: string(b[36:])}, nil
}

// Options are the settings of Open; the zero value means the defaults.
type Options struct {
	// MaxConns caps the open database connections; zero or less means 8
	// for SQLite and 10 for PostgreSQL.
	MaxConns int
	// Now reads the clock for the created and updated times of a case and
	// the time a migration was applied; nil means time.Now.
	Now func() time.Time
}

// Open opens the database named by dsn and brings its schema up to date:
// a "postgres://" or "postgresql://" URL opens PostgreSQL, anything else is
// the path of a SQLite file, created when missing. A database whose schema
// is newer than this program knows is refused, so that an older program
// never writes to it.
func Open(ctx context.Context, dsn string, opts Options) (Store, error) {
	if IsPostgres(dsn) {
		return openPostgres(ctx, dsn, opts)
	}
	return openSQLite(ctx, dsn, opts)
}

// now returns the clock of o.
func (o Options) now() func() time.Time {
	if o.Now == nil {
		return time.Now
	}
	return o.Now
}

// IsPostgres reports whether dsn names a PostgreSQL database rather than
// a SQLite file, as Open decides.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}
