package api

import (
	"sync"

	"github.com/google/uuid"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"

	"github.com/regiokompas/regiokompas/collab"
)

// reportCacheSize is how many rendered reports the server keeps.
const reportCacheSize = 256

// reportKey is everything a rendered report depends on: the case as one
// revision of it, the as-of date, the language and the format. A new
// version of the case has another revision, so a cached report never
// outlives the case it was made of.
type reportKey struct {
	id     uuid.UUID
	rev    store.Revision
	asOf   collab.Date
	lang   collab.Language
	format string
}

// reportCache keeps the most recently made reports, so that asking again
// for the same report costs no assessment. It is safe for concurrent use.
type reportCache struct {
	mu      sync.Mutex
	size    int
	entries map[reportKey][]byte
	order   []reportKey // in the order they were added, oldest first
}

func newReportCache(size int) *reportCache {
	return &reportCache{size: size, entries: make(map[reportKey][]byte, size)}
}

// get returns the body of the report of k, if kept.
func (c *reportCache) get(k reportKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.entries[k]
	return b, ok
}

// put keeps the body of the report of k, dropping the oldest past size.
func (c *reportCache) put(k reportKey, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[k]; ok {
		return
	}
	for len(c.order) >= c.size {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	c.entries[k] = body
	c.order = append(c.order, k)
}
