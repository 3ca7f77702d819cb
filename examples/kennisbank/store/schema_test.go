package store_test

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store/storetest"
)

// driverOf names the database/sql driver of a backend.
func driverOf(b storetest.Backend) string {
	if b.Name == "postgres" {
		return "pgx"
	}
	return "sqlite"
}

// squeeze collapses the runs of white space in a statement, so that
// statements compare by their SQL rather than their indentation.
func squeeze(stmt string) string { return strings.Join(strings.Fields(stmt), " ") }

func TestTheOneSchemaWritesWhatEachDatabaseHadBefore(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			got := store.SchemaOf(name)
			want := legacySchema[name]
			require.GreaterOrEqual(t, len(got), len(want), "migrations: the old ones, then the ones added since (rounds)")
			for v := range want {
				require.Len(t, got[v], len(want[v]), "statements of migration %d", v+1)
				for i := range want[v] {
					assert.Equal(t, squeeze(want[v][i]), squeeze(got[v][i]), "migration %d, statement %d", v+1, i+1)
				}
			}
		})
	}
}

func TestADatabaseOfTheOldSchemaOpens(t *testing.T) {
	for _, b := range storetest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			dsn := b.DSN(t)
			rawDSN := dsn
			if b.Name == "sqlite" {
				rawDSN = "file:" + dsn
			}
			raw, err := sql.Open(driverOf(b), rawDSN)
			require.NoError(t, err)
			defer raw.Close()
			_, err = raw.ExecContext(t.Context(), legacyMigrationsTable)
			require.NoError(t, err)
			for v, migration := range legacySchema[b.Name] {
				for _, stmt := range migration {
					_, err := raw.ExecContext(t.Context(), stmt)
					require.NoError(t, err)
				}
				_, err = raw.ExecContext(t.Context(), fmt.Sprintf(`INSERT INTO schema_migrations (version, applied) VALUES (%d, '2025-01-01T00:00:00.000000Z')`, v+1))
				require.NoError(t, err)
			}
			id := uuid.New()
			_, err = raw.ExecContext(t.Context(), `INSERT INTO cases (id, name, region, generation, version, created, updated, body)
				VALUES ('`+id.String()+`', 'Oud netwerk', 'friesland', 42, 3, '2024-05-06T07:08:09.000010Z', '2024-05-06T07:08:09.000010Z', '{"old":true}')`)
			require.NoError(t, err)
			require.NoError(t, raw.Close())

			s := b.Open(t)
			got, err := s.Get(t.Context(), id)
			require.NoError(t, err, "the old database's case reads back")
			assert.Equal(t, store.Revision{Generation: 42, Version: 3}, got.Revision)
			assert.Equal(t, time.Date(2024, 5, 6, 7, 8, 9, 10000, time.UTC), got.Updated)
			assert.JSONEq(t, `{"old":true}`, string(got.Body))
			updated, err := s.Update(t.Context(), got, got.Revision)
			require.NoError(t, err, "and takes an update")
			assert.Equal(t, int64(4), updated.Revision.Version)
			_, err = s.Create(t.Context(), newRecord("Nieuw netwerk", "friesland"))
			require.NoError(t, err, "and a new case")
			require.NoError(t, s.Ping(t.Context()))
			var rows, old int
			require.NoError(t, store.DBOf(s).QueryRowContext(t.Context(), `SELECT COUNT(*) FROM schema_migrations`).Scan(&rows))
			assert.Equal(t, store.Migrations(s), rows, "the migrations added since ran once")
			require.NoError(t, store.DBOf(s).QueryRowContext(t.Context(),
				`SELECT COUNT(*) FROM schema_migrations WHERE applied = '2025-01-01T00:00:00.000000Z'`).Scan(&old))
			assert.Equal(t, 2, old, "no migration ran again")
		})
	}
}

func TestSQLiteBusyIsRecognisedByTheDriversCode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	open := func() *sql.DB {
		db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
		require.NoError(t, err)
		t.Cleanup(func() { _ = db.Close() })
		return db
	}
	holder, other := open(), open()
	_, err := holder.ExecContext(t.Context(), `CREATE TABLE t (n INTEGER)`)
	require.NoError(t, err)

	// The first connection holds the write lock in a transaction it keeps
	// open; the second cannot write and does not wait.
	conn, err := holder.Conn(t.Context())
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(t.Context(), `BEGIN IMMEDIATE`)
	require.NoError(t, err)
	_, err = conn.ExecContext(t.Context(), `INSERT INTO t (n) VALUES (1)`)
	require.NoError(t, err)
	_, busyErr := other.ExecContext(t.Context(), `INSERT INTO t (n) VALUES (2)`)
	require.Error(t, busyErr)
	_, err = conn.ExecContext(t.Context(), `COMMIT`)
	require.NoError(t, err)
	_, syntaxErr := other.ExecContext(t.Context(), `INSERT INTO nowhere VALUES (1)`)
	require.Error(t, syntaxErr)

	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"a write while another connection holds the lock is busy", busyErr, true},
		{"the busy error wrapped by the store is still busy", fmt.Errorf("migrating sqlite: %w", busyErr), true},
		{"a missing table is not busy", syntaxErr, false},
		{"an error that only reads like a lock is not busy", errors.New("database is locked"), false},
		{"no error is not busy", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, store.SQLiteBusy(tt.err))
		})
	}
}

func TestOpeningWaitsWhileAnotherConnectionHoldsTheDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	holder, err := sql.Open("sqlite", "file:"+path)
	require.NoError(t, err)
	defer holder.Close()
	conn, err := holder.Conn(t.Context())
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(t.Context(), `BEGIN EXCLUSIVE`)
	require.NoError(t, err)
	_, err = conn.ExecContext(t.Context(), `CREATE TABLE other (n INTEGER)`)
	require.NoError(t, err)

	opened := make(chan error, 1)
	go func() {
		s, err := store.Open(t.Context(), path, store.Options{})
		if err == nil {
			err = s.Close()
		}
		opened <- err
	}()
	select {
	case err := <-opened:
		t.Fatalf("the store opened while the database was held: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	_, err = conn.ExecContext(t.Context(), `COMMIT`)
	require.NoError(t, err)
	select {
	case err := <-opened:
		assert.NoError(t, err, "the store opens once the lock is released")
	case <-time.After(15 * time.Second):
		t.Fatal("the store did not open after the lock was released")
	}
}
