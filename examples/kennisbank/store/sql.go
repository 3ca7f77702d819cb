package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/google/uuid"
)

// sqlStore is the store on a database/sql database. Only the dialect
// differs between SQLite and PostgreSQL.
type sqlStore struct {
	db *sql.DB
	d  *dialect
	// now reads the clock for the created and updated columns.
	now func() time.Time
}

var _ Store = (*sqlStore)(nil)

// timeLayout is how times are written to the database: UTC with
// microseconds and a fixed width, so that SQLite's text sorts in time order
// and PostgreSQL (which keeps microseconds) gives back what was written.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// openSQL opens the database dsn through the database/sql driver, sizes
// its pool for d and opts, and connects and migrates it (see start). On
// failure the database is closed again.
func openSQL(ctx context.Context, driver, dsn string, d *dialect, opts Options) (*sqlStore, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.name, err)
	}
	maxConns := opts.MaxConns
	if maxConns <= 0 {
		maxConns = d.defaultConns
	}
	db.SetMaxOpenConns(maxConns)
	db.SetMaxIdleConns(maxConns)
	db.SetConnMaxIdleTime(d.connMaxIdle)
	s := &sqlStore{db: db, d: d, now: opts.now()}
	if err := s.start(ctx); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// start connects and migrates the database, waiting for servers that start
// at the same moment: switching a new SQLite database to WAL takes a lock
// that SQLite does not queue for (its busy timeout does not apply), so a
// concurrent start finds the database busy (the dialect's busy condition)
// and tries again, for up to ten seconds.
func (s *sqlStore) start(ctx context.Context) error {
	const attempts, pause = 100, 100 * time.Millisecond
	for i := 1; ; i++ {
		err := s.db.PingContext(ctx)
		if err != nil {
			err = fmt.Errorf("%s: connecting: %w", s.d.name, err)
		} else {
			err = s.migrate(ctx)
		}
		if err == nil || i == attempts || s.d.busy == nil || !s.d.busy(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
	}
}

// migrate brings the schema up to the dialect's newest version in one
// transaction. A database whose schema is newer than this program knows is
// an error: an older server must not write to it.
func (s *sqlStore) migrate(ctx context.Context) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrating %s: %w", s.d.name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if s.d.lockMigrations != "" {
		if _, err := tx.ExecContext(ctx, s.d.lockMigrations); err != nil {
			return fmt.Errorf("migrating %s: taking the migration lock: %w", s.d.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, migrationsTable); err != nil {
		return fmt.Errorf("migrating %s: %w", s.d.name, err)
	}
	var current int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("migrating %s: reading the schema version: %w", s.d.name, err)
	}
	migrations := s.d.migrations()
	if current > len(migrations) {
		return fmt.Errorf("migrating %s: the database has schema version %d, newer than the %d this server knows; run a newer server", s.d.name, current, len(migrations))
	}
	for v := current; v < len(migrations); v++ {
		for _, stmt := range migrations[v] {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrating %s to version %d: %w", s.d.name, v+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`),
			v+1, s.now().UTC().Format(timeLayout)); err != nil {
			return fmt.Errorf("migrating %s to version %d: %w", s.d.name, v+1, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrating %s: %w", s.d.name, err)
	}
	return nil
}

// newGeneration draws the random generation of a new case: positive, so
// that it fits every database's signed 64-bit integer.
func newGeneration() int64 {
	n, err := rand.Int(rand.Reader, big.NewInt(math.MaxInt64))
	if err != nil {
		panic(err) // crypto/rand never fails on a supported system
	}
	return n.Int64() + 1
}

// inTx runs fn in a transaction and commits it, or rolls it back when fn
// or the commit fails.
func (s *sqlStore) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Create implements Store.
func (s *sqlStore) Create(ctx context.Context, rec Record) (Record, error) {
	now := s.now().UTC().Truncate(time.Microsecond)
	rec.Revision = Revision{Generation: newGeneration(), Version: 1}
	rec.Created, rec.Updated = now, now
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO cases
			(id, name, region, generation, version, created, updated, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO NOTHING`),
			rec.ID.String(), rec.Name, rec.Region, rec.Revision.Generation, rec.Revision.Version,
			now.Format(timeLayout), now.Format(timeLayout), s.d.bodyArg(rec.Body))
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrExists
		}
		return nil
	})
	if err != nil {
		return Record{}, storeError("creating", rec.ID, err)
	}
	return rec, nil
}

// Get implements Store.
func (s *sqlStore) Get(ctx context.Context, id uuid.UUID) (Record, error) {
	rec := Record{ID: id}
	var body []byte
	err := s.db.QueryRowContext(ctx, s.d.bind(`SELECT name, region, generation, version, created, updated, body
		FROM cases WHERE id = ?`), id.String()).
		Scan(&rec.Name, &rec.Region, &rec.Revision.Generation, &rec.Revision.Version,
			timeScanner{&rec.Created}, timeScanner{&rec.Updated}, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return Record{}, ErrNotFound
	}
	if err != nil {
		return Record{}, storeError("reading", id, err)
	}
	rec.Body = body
	return rec, nil
}

// List implements Store.
func (s *sqlStore) List(ctx context.Context, q ListQuery) ([]Record, string, error) {
	var (
		where []string
		args  []any
	)
	if q.Region != "" {
		where = append(where, "region = ?")
		args = append(args, q.Region)
	}
	if q.Cursor != "" {
		c, err := DecodeCursor(q.Cursor)
		if err != nil {
			return nil, "", err
		}
		where = append(where, "(name > ? OR (name = ? AND id > ?))")
		args = append(args, c.Name, c.Name, c.ID.String())
	}
	limit := max(q.Limit, 1)
	query := `SELECT id, name, region, generation, version, created, updated FROM cases`
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += " ORDER BY name, id LIMIT ?"
	args = append(args, limit+1)

	rows, err := s.db.QueryContext(ctx, s.d.bind(query), args...)
	if err != nil {
		return nil, "", fmt.Errorf("listing cases: %w", err)
	}
	defer rows.Close()
	page := make([]Record, 0, min(limit, 64))
	for rows.Next() {
		var rec Record
		if err := rows.Scan(&rec.ID, &rec.Name, &rec.Region, &rec.Revision.Generation, &rec.Revision.Version,
			timeScanner{&rec.Created}, timeScanner{&rec.Updated}); err != nil {
			return nil, "", fmt.Errorf("listing cases: %w", err)
		}
		page = append(page, rec)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("listing cases: %w", err)
	}
	next := ""
	if len(page) > limit {
		page = page[:limit]
		last := page[limit-1]
		next = EncodeCursor(Cursor{Name: last.Name, ID: last.ID})
	}
	return page, next, nil
}

// Update implements Store.
func (s *sqlStore) Update(ctx context.Context, rec Record, match Revision) (Record, error) {
	now := s.now().UTC().Truncate(time.Microsecond)
	err := s.inTx(ctx, func(tx *sql.Tx) error { return s.updateCase(ctx, tx, &rec, match, now) })
	if err != nil {
		return Record{}, storeError("updating", rec.ID, err)
	}
	return rec, nil
}

// updateCase replaces the case rec.ID in tx when it still has revision
// match, and sets rec's new revision, created and updated times (now):
// ErrNotFound or ErrStale when it changed no row.
func (s *sqlStore) updateCase(ctx context.Context, tx *sql.Tx, rec *Record, match Revision, now time.Time) error {
	err := tx.QueryRowContext(ctx, s.d.bind(`UPDATE cases
		SET name = ?, region = ?, version = version + 1, updated = ?, body = ?
		WHERE id = ? AND generation = ? AND version = ?
		RETURNING generation, version, created`),
		rec.Name, rec.Region, now.Format(timeLayout), s.d.bodyArg(rec.Body),
		rec.ID.String(), match.Generation, match.Version).
		Scan(&rec.Revision.Generation, &rec.Revision.Version, timeScanner{&rec.Created})
	if errors.Is(err, sql.ErrNoRows) {
		return s.missOrStale(ctx, tx, rec.ID)
	}
	if err == nil {
		rec.Updated = now
	}
	return err
}

// Delete implements Store.
func (s *sqlStore) Delete(ctx context.Context, id uuid.UUID, match Revision) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		query, args := `DELETE FROM cases WHERE id = ?`, []any{id.String()}
		if !match.IsZero() {
			query += ` AND generation = ? AND version = ?`
			args = append(args, match.Generation, match.Version)
		}
		res, err := tx.ExecContext(ctx, s.d.bind(query), args...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return s.missOrStale(ctx, tx, id)
		}
		return nil
	})
	return storeError("deleting", id, err)
}

// missOrStale tells why a conditional write changed no row: ErrNotFound
// when the case is not there, ErrStale when it has another revision.
func (s *sqlStore) missOrStale(ctx context.Context, tx *sql.Tx, id uuid.UUID) error {
	var one int
	err := tx.QueryRowContext(ctx, s.d.bind(`SELECT 1 FROM cases WHERE id = ?`), id.String()).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return ErrNotFound
	case err != nil:
		return err
	}
	return ErrStale
}

// Ping implements Store: it commits a write to the readiness table, so
// that a database that answers but cannot write (a full disk, a read-only
// replica) is not ready.
func (s *sqlStore) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return err
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO readiness (id, writes) VALUES (1, 1)
		ON CONFLICT (id) DO UPDATE SET writes = readiness.writes + 1`)
	return err
}

// Close implements Store.
func (s *sqlStore) Close() error { return s.db.Close() }

// storeError passes the store's own errors through and wraps a database
// failure with what was being done; nil stays nil.
func storeError(doing string, id uuid.UUID, err error) error {
	switch {
	case err == nil, errors.Is(err, ErrNotFound), errors.Is(err, ErrExists), errors.Is(err, ErrStale):
		return err
	}
	return fmt.Errorf("%s case %s: %w", doing, id, err)
}

// timeScanner reads a time column: PostgreSQL gives a time.Time, SQLite
// the text written in timeLayout.
type timeScanner struct{ t *time.Time }

// Scan implements sql.Scanner.
func (ts timeScanner) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		*ts.t = v.UTC()
		return nil
	case string:
		return ts.parse(v)
	case []byte:
		return ts.parse(string(v))
	}
	return fmt.Errorf("a time column holds a %T", src)
}

func (ts timeScanner) parse(s string) error {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("a time column holds %q: %w", s, err)
	}
	*ts.t = t.UTC()
	return nil
}
