package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newRecord returns a record to store, with a small JSON body.
func newRecord(name, region string) store.Record {
	id := uuid.New()
	return store.Record{ID: id, Name: name, Region: region, Body: fmt.Appendf(nil, `{"id":%q,"name":%q}`, id, name)}
}

// TestStore runs the storage suite on every backend.
func TestStore(t *testing.T) {
	for _, b := range storetest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) { storeSuite(t, b) })
	}
}

func storeSuite(t *testing.T, b storetest.Backend) {
	t.Run("a created case reads back unchanged with version 1", func(t *testing.T) {
		s := b.Open(t)
		rec := newRecord("Zoetermeer 2025", "zoetermeer")
		created, err := s.Create(t.Context(), rec)
		require.NoError(t, err)
		assert.Equal(t, int64(1), created.Revision.Version)
		assert.Positive(t, created.Revision.Generation)

		got, err := s.Get(t.Context(), rec.ID)
		require.NoError(t, err)
		assert.Equal(t, rec.ID, got.ID)
		assert.Equal(t, rec.Name, got.Name)
		assert.Equal(t, rec.Region, got.Region)
		assert.Equal(t, created.Revision, got.Revision)
		assert.Equal(t, string(rec.Body), string(got.Body))
		assert.True(t, created.Created.Equal(got.Created), "created %v, read %v", created.Created, got.Created)
		assert.True(t, created.Updated.Equal(got.Updated))
	})

	t.Run("ping proves the database takes a write", func(t *testing.T) {
		s := b.Open(t)
		require.NoError(t, s.Ping(t.Context()))
		require.NoError(t, s.Ping(t.Context()))
		var writes int
		require.NoError(t, store.DBOf(s).QueryRowContext(t.Context(), `SELECT writes FROM readiness WHERE id = 1`).Scan(&writes))
		assert.Equal(t, 2, writes, "each ping commits one write")
		_, err := store.DBOf(s).ExecContext(t.Context(), `DROP TABLE readiness`)
		require.NoError(t, err)
		assert.Error(t, s.Ping(t.Context()), "a database that cannot take the write is not ready")
	})

	t.Run("creating a case twice is refused", func(t *testing.T) {
		s := b.Open(t)
		rec := newRecord("Twice", "friesland")
		_, err := s.Create(t.Context(), rec)
		require.NoError(t, err)
		_, err = s.Create(t.Context(), rec)
		assert.ErrorIs(t, err, store.ErrExists)
	})

	t.Run("reading a missing case gives not found", func(t *testing.T) {
		s := b.Open(t)
		_, err := s.Get(t.Context(), uuid.New())
		assert.ErrorIs(t, err, store.ErrNotFound)
	})

	t.Run("an update with the current revision raises the version", func(t *testing.T) {
		s := b.Open(t)
		created, err := s.Create(t.Context(), newRecord("Before", "friesland"))
		require.NoError(t, err)
		next := created
		next.Name, next.Region, next.Body = "After", "twente", []byte(`{"after":true}`)
		updated, err := s.Update(t.Context(), next, created.Revision)
		require.NoError(t, err)
		assert.Equal(t, int64(2), updated.Revision.Version)
		assert.Equal(t, created.Revision.Generation, updated.Revision.Generation)

		got, err := s.Get(t.Context(), created.ID)
		require.NoError(t, err)
		assert.Equal(t, "After", got.Name)
		assert.Equal(t, "twente", got.Region)
		assert.Equal(t, `{"after":true}`, string(got.Body))
		assert.Equal(t, updated.Revision, got.Revision)
		assert.True(t, created.Created.Equal(got.Created))
	})

	t.Run("an update with a stale revision is refused and changes nothing", func(t *testing.T) {
		s := b.Open(t)
		created, err := s.Create(t.Context(), newRecord("Stale", "friesland"))
		require.NoError(t, err)
		first := created
		first.Body = []byte(`{"first":true}`)
		_, err = s.Update(t.Context(), first, created.Revision)
		require.NoError(t, err)

		second := created
		second.Body = []byte(`{"second":true}`)
		_, err = s.Update(t.Context(), second, created.Revision)
		assert.ErrorIs(t, err, store.ErrStale)
		got, err := s.Get(t.Context(), created.ID)
		require.NoError(t, err)
		assert.Equal(t, `{"first":true}`, string(got.Body))
	})

	t.Run("an update of a missing case gives not found", func(t *testing.T) {
		s := b.Open(t)
		_, err := s.Update(t.Context(), newRecord("Nobody", "friesland"), store.Revision{Generation: 1, Version: 1})
		assert.ErrorIs(t, err, store.ErrNotFound)
	})

	t.Run("a case deleted and created again never takes an old revision", func(t *testing.T) {
		s := b.Open(t)
		rec := newRecord("Phoenix", "friesland")
		first, err := s.Create(t.Context(), rec)
		require.NoError(t, err)
		require.NoError(t, s.Delete(t.Context(), rec.ID, first.Revision))
		second, err := s.Create(t.Context(), rec)
		require.NoError(t, err)
		assert.NotEqual(t, first.Revision, second.Revision)
		_, err = s.Update(t.Context(), rec, first.Revision)
		assert.ErrorIs(t, err, store.ErrStale)
	})

	t.Run("delete honours the revision and reports what is missing", func(t *testing.T) {
		s := b.Open(t)
		created, err := s.Create(t.Context(), newRecord("Gone", "friesland"))
		require.NoError(t, err)
		err = s.Delete(t.Context(), created.ID, store.Revision{Generation: created.Revision.Generation, Version: 7})
		assert.ErrorIs(t, err, store.ErrStale)
		require.NoError(t, s.Delete(t.Context(), created.ID, store.Revision{}))
		assert.ErrorIs(t, s.Delete(t.Context(), created.ID, store.Revision{}), store.ErrNotFound)
		_, err = s.Get(t.Context(), created.ID)
		assert.ErrorIs(t, err, store.ErrNotFound)
	})

	t.Run("list pages through every case by name, filtered by region", func(t *testing.T) {
		s := b.Open(t)
		names := []string{"Delta", "alpha", "Charlie", "Bravo", "Echo", "Bravo"}
		for i, n := range names {
			region := "friesland"
			if i%2 == 1 {
				region = "twente"
			}
			_, err := s.Create(t.Context(), newRecord(n, region))
			require.NoError(t, err)
		}
		var seen []string
		cur := ""
		for pages := 0; ; pages++ {
			require.Less(t, pages, 10, "paging does not end")
			page, next, err := s.List(t.Context(), store.ListQuery{Cursor: cur, Limit: 4})
			require.NoError(t, err)
			for _, r := range page {
				assert.Nil(t, r.Body, "a list holds no bodies")
				seen = append(seen, r.Name)
			}
			if next == "" {
				break
			}
			cur = next
		}
		// Byte order: capitals before small letters, equal names by ID.
		assert.Equal(t, []string{"Bravo", "Bravo", "Charlie", "Delta", "Echo", "alpha"}, seen)

		page, next, err := s.List(t.Context(), store.ListQuery{Region: "twente", Limit: 10})
		require.NoError(t, err)
		assert.Empty(t, next)
		var twente []string
		for _, r := range page {
			twente = append(twente, r.Name)
			assert.Equal(t, "twente", r.Region)
		}
		assert.Equal(t, []string{"Bravo", "Bravo", "alpha"}, twente)
	})

	t.Run("a page that ends exactly at the last case has no next cursor", func(t *testing.T) {
		s := b.Open(t)
		for _, n := range []string{"A", "B"} {
			_, err := s.Create(t.Context(), newRecord(n, "friesland"))
			require.NoError(t, err)
		}
		page, next, err := s.List(t.Context(), store.ListQuery{Limit: 2})
		require.NoError(t, err)
		assert.Len(t, page, 2)
		assert.Empty(t, next)
	})

	t.Run("a malformed cursor is refused", func(t *testing.T) {
		s := b.Open(t)
		_, _, err := s.List(t.Context(), store.ListQuery{Cursor: "not a cursor", Limit: 2})
		assert.ErrorIs(t, err, store.ErrCursor)
	})

	t.Run("two servers on one database migrate once and share the cases", func(t *testing.T) {
		one := b.Open(t)
		two := b.Open(t)
		created, err := one.Create(t.Context(), newRecord("Shared", "friesland"))
		require.NoError(t, err)
		got, err := two.Get(t.Context(), created.ID)
		require.NoError(t, err)
		assert.Equal(t, created.Revision, got.Revision)
	})

	t.Run("servers that start together on a new database migrate it once", func(t *testing.T) {
		dsn := b.DSN(t)
		const servers = 4
		stores := make([]store.Store, servers)
		errs := make([]error, servers)
		var wg sync.WaitGroup
		for i := range servers {
			wg.Go(func() { stores[i], errs[i] = store.Open(context.Background(), dsn, store.Options{}) })
		}
		wg.Wait()
		for i := range servers {
			require.NoError(t, errs[i])
			t.Cleanup(func() { _ = stores[i].Close() })
		}
		var rows int
		require.NoError(t, store.DBOf(stores[0]).QueryRowContext(t.Context(), `SELECT COUNT(*) FROM schema_migrations`).Scan(&rows))
		assert.Equal(t, store.Migrations(stores[0]), rows)
		_, err := stores[3].Create(t.Context(), newRecord("After", "friesland"))
		assert.NoError(t, err)
	})

	t.Run("of concurrent updates with the same revision exactly one wins", func(t *testing.T) {
		stores := []store.Store{b.Open(t), b.Open(t)}
		created, err := stores[0].Create(t.Context(), newRecord("Race", "friesland"))
		require.NoError(t, err)
		const writers = 8
		var wins, stale atomic.Int32
		var wg sync.WaitGroup
		for i := range writers {
			wg.Go(func() {
				rec := created
				rec.Body = fmt.Appendf(nil, `{"writer":%d}`, i)
				_, err := stores[i%2].Update(context.Background(), rec, created.Revision)
				switch {
				case err == nil:
					wins.Add(1)
				case assert.ErrorIs(t, err, store.ErrStale):
					stale.Add(1)
				}
			})
		}
		wg.Wait()
		assert.Equal(t, int32(1), wins.Load())
		assert.Equal(t, int32(writers-1), stale.Load())
		got, err := stores[1].Get(t.Context(), created.ID)
		require.NoError(t, err)
		assert.Equal(t, int64(2), got.Revision.Version)
	})

	t.Run("times are kept to the microsecond in UTC", func(t *testing.T) {
		s := b.Open(t)
		created, err := s.Create(t.Context(), newRecord("Clock", "friesland"))
		require.NoError(t, err)
		got, err := s.Get(t.Context(), created.ID)
		require.NoError(t, err)
		assert.Equal(t, time.UTC, got.Updated.Location())
		assert.Zero(t, got.Updated.Nanosecond()%1000)
		assert.WithinDuration(t, time.Now(), got.Updated, time.Minute)
	})
}

func TestCursorRoundTrip(t *testing.T) {
	c := store.Cursor{Name: "Zoetermeer 2025 ✓", ID: uuid.New()}
	got, err := store.DecodeCursor(store.EncodeCursor(c))
	require.NoError(t, err)
	assert.Equal(t, c, got)
	for _, bad := range []string{"", "!!", "c2hvcnQ", store.EncodeCursor(c)[:40]} {
		_, err := store.DecodeCursor(bad)
		assert.ErrorIs(t, err, store.ErrCursor, "%q", bad)
	}
}

func TestOpenStoreRefusesWhatIsNoFile(t *testing.T) {
	for _, dsn := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro"} {
		_, err := store.Open(t.Context(), dsn, store.Options{})
		assert.Error(t, err, "%q", dsn)
	}
}

func TestMigrationRefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	s, err := store.Open(t.Context(), path, store.Options{})
	require.NoError(t, err)
	_, err = store.DBOf(s).ExecContext(t.Context(), `INSERT INTO schema_migrations (version, applied) VALUES (99, 'later')`)
	require.NoError(t, err)
	require.NoError(t, s.Close())
	_, err = store.Open(t.Context(), path, store.Options{})
	assert.ErrorContains(t, err, "schema version 99")
}
