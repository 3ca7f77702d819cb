// Package kbtest holds what the tests of the kennisbank's packages share:
// the token of their servers, a log buffer that handlers may write to
// concurrently, and the demo cases of the library as documents to send.
// The API's tests and the command's process tests use the same ones, so
// that a server started either way takes the same requests.
package kbtest

import (
	"bytes"
	"encoding/json"
	"slices"
	"sync"
	"testing"

	"github.com/google/uuid"

	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
)

// Token is the bearer token of the test servers: long enough for the
// server to accept it.
const Token = "test-token-0123456789abcdef"

// SyncBuffer is a bytes.Buffer that a server's handlers may write their log
// to concurrently while a test reads it.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p to the buffer.
func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// DemoJSON returns the named demo's case document as stored in the
// library; an unknown name fails the test.
func DemoJSON(t testing.TB, name string) []byte {
	t.Helper()
	b, ok := demo.LookupJSON(name)
	if !ok {
		t.Fatalf("no demo %q", name)
	}
	return b
}

// Variant returns a copy of c as a collaboration of its own: a new ID
// (derived from seed, so that it is stable) and name, with its projects
// moved along, so that one demo gives a test as many cases as it needs.
func Variant(c assess.Case, seed string) assess.Case {
	id := uuid.NewSHA1(c.Collaboration.ID, []byte(seed))
	c.Collaboration.ID = id
	c.Collaboration.Name = c.Collaboration.Name + " " + seed
	projects := slices.Clone(c.Projects)
	for i := range projects {
		projects[i].Collaboration = id
	}
	c.Projects = projects
	return c
}

// MustJSON encodes v; a failure fails the test.
func MustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %T: %v", v, err)
	}
	return b
}
