// Package storetest gives tests an empty database of each kind the store
// runs on: a SQLite file always, and PostgreSQL when the environment
// variable named by PostgresEnv holds the URL of a database the tests may
// write to. The store's own suite, the HTTP API's tests and any program
// that reuses the store run on the same backends this way.
package storetest

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
)

// PostgresEnv names the environment variable that holds the DSN of a
// PostgreSQL database for the tests; .ci/postgres.sh starts one and sets it.
const PostgresEnv = "KENNISBANK_TEST_POSTGRES"

// Backend gives a test an empty database of one kind. Stores opened on one
// test's database share it, as several servers do.
type Backend struct {
	// Name is "sqlite" or "postgres", a name for a subtest.
	Name string
	// DSN returns the test's database, as store.Open takes it; the
	// database is created on the first call of a test and removed when
	// that test ends.
	DSN func(t testing.TB) string
}

// Open opens a new store on the test's database and closes it when the
// test ends.
func (b Backend) Open(t testing.TB) store.Store {
	t.Helper()
	s, err := store.Open(t.Context(), b.DSN(t), store.Options{})
	if err != nil {
		t.Fatalf("opening the %s store: %v", b.Name, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// Backends returns SQLite always and PostgreSQL when PostgresEnv is set;
// without it, it logs that PostgreSQL is not tested.
func Backends(t testing.TB) []Backend {
	t.Helper()
	list := []Backend{SQLite()}
	if pg, ok := Postgres(); ok {
		list = append(list, pg)
	} else {
		t.Logf("%s is not set: PostgreSQL is not tested (start one with: eval \"$(bash .ci/postgres.sh start)\")", PostgresEnv)
	}
	return list
}

// SQLite gives each test a file in its temporary directory.
func SQLite() Backend {
	return Backend{Name: "sqlite", DSN: perTest(func(t testing.TB) string {
		return filepath.Join(t.TempDir(), "kennisbank.db")
	})}
}

// Postgres gives each test a schema of its own in the database that
// PostgresEnv names, and drops it when the test ends. It reports false
// when PostgresEnv is not set.
func Postgres() (Backend, bool) {
	dsn := os.Getenv(PostgresEnv)
	if dsn == "" {
		return Backend{}, false
	}
	return Backend{Name: "postgres", DSN: perTest(func(t testing.TB) string {
		name := "test_" + strings.ReplaceAll(uuid.NewString(), "-", "")
		admin, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatalf("connecting to %s: %v", PostgresEnv, err)
		}
		if _, err := admin.ExecContext(t.Context(), "CREATE SCHEMA "+name); err != nil {
			_ = admin.Close()
			t.Fatalf("creating the test's schema: %v", err)
		}
		t.Cleanup(func() {
			_, _ = admin.ExecContext(context.Background(), "DROP SCHEMA "+name+" CASCADE")
			_ = admin.Close()
		})
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("%s is not a URL: %v", PostgresEnv, err)
		}
		q := u.Query()
		q.Set("search_path", name)
		u.RawQuery = q.Encode()
		return u.String()
	})}, true
}

// perTest returns a DSN function that calls create once per test and
// gives every later call of the same test the same database.
func perTest(create func(t testing.TB) string) func(t testing.TB) string {
	var (
		mu   sync.Mutex
		dsns = map[testing.TB]string{}
	)
	return func(t testing.TB) string {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		dsn, ok := dsns[t]
		if !ok {
			dsn = create(t)
			dsns[t] = dsn
		}
		return dsn
	}
}
