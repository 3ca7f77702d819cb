package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store/storetest"
	"github.com/regiokompas/regiokompas/lesson/assess"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Load test settings: 50 clients for a few seconds, on loopback.
const (
	loadClients = 50
	loadCases   = 10
)

// loadDuration is how long the clients run; shorter under the race
// detector, which slows every request down.
func loadDuration() time.Duration {
	if raceEnabled {
		return 2 * time.Second
	}
	return 4 * time.Second
}

// loadCase is one case of the load test: the document the clients change,
// and how many of their updates the server acknowledged.
type loadCase struct {
	doc       assess.Case
	path      string
	successes atomic.Int64
}

// loadStats is what one client saw.
type loadStats struct {
	latencies []time.Duration
	status5xx int
	failures  []string // transport errors and unexpected statuses
	retries   int      // updates that found a stale ETag and tried again
}

const counterPrefix = "load-test counter "

func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for seconds; skipped with -short")
	}
	t.Run("one server on SQLite", func(t *testing.T) {
		s := startServer(t, Config{Logger: slog.New(slog.DiscardHandler)})
		runLoad(t, []*testServer{s})
	})
	if b, ok := storetest.Postgres(); ok {
		t.Run("two servers on one PostgreSQL", func(t *testing.T) {
			one := startServer(t, Config{Store: b.Open(t), Logger: slog.New(slog.DiscardHandler)})
			two := startServer(t, Config{Store: b.Open(t), Logger: slog.New(slog.DiscardHandler)})
			runLoad(t, []*testServer{one, two})
		})
	} else {
		t.Logf("%s is not set: the load on PostgreSQL is not tested", storetest.PostgresEnv)
	}
}

// runLoad seeds the cases through the first server, then runs the clients,
// spread over the servers, and checks that no request failed and no update
// was lost.
func runLoad(t *testing.T, servers []*testServer) {
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConns: 2 * loadClients, MaxIdleConnsPerHost: 2 * loadClients},
	}
	defer client.CloseIdleConnections()
	s := servers[0]

	demos := demo.All()
	cases := make([]*loadCase, loadCases)
	for i := range cases {
		doc := kbtest.Variant(demos[i%len(demos)].Case, "load-"+strconv.Itoa(i))
		doc.Collaboration.Notes = counterPrefix + "0"
		cases[i] = &loadCase{doc: doc, path: caseURL(doc.Collaboration.ID)}
		require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.MustJSON(t, doc)).status)
	}

	// Clients start no operation after the deadline, but finish the one
	// they are in, so that every acknowledged update is counted.
	deadline := time.Now().Add(loadDuration())
	stats := make([]loadStats, loadClients)
	start := time.Now()
	var wg sync.WaitGroup
	for c := range loadClients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(c), 7))
			runLoadClient(t.Context(), deadline, client, servers[c%len(servers)].url, cases, rng, &stats[c])
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	var (
		all       []time.Duration
		status5xx int
		failures  []string
		retries   int
	)
	for i := range stats {
		all = append(all, stats[i].latencies...)
		status5xx += stats[i].status5xx
		failures = append(failures, stats[i].failures...)
		retries += stats[i].retries
	}
	slices.Sort(all)
	require.NotEmpty(t, all)
	var puts int64
	for _, lc := range cases {
		puts += lc.successes.Load()
	}
	t.Logf("%d clients, %d server(s), %v: %d requests, %.0f requests/s; latency p50 %v, p99 %v, max %v; %d updates acknowledged, %d retried after 412 (race detector: %v)",
		loadClients, len(servers), elapsed.Round(time.Millisecond), len(all), float64(len(all))/elapsed.Seconds(),
		percentile(all, 50).Round(time.Microsecond), percentile(all, 99).Round(time.Microsecond), all[len(all)-1].Round(time.Microsecond),
		puts, retries, raceEnabled)

	assert.Zero(t, status5xx, "responses with a 5xx status")
	assert.Empty(t, failures, "failed requests")
	assert.Positive(t, puts, "some updates went through")

	t.Run("no update was lost", func(t *testing.T) {
		for _, lc := range cases {
			got := s.do("GET", lc.path, nil)
			require.Equal(t, http.StatusOK, got.status)
			n, ok := readCounter(got.body)
			require.True(t, ok)
			assert.Equal(t, lc.successes.Load(), n, "the counter of %s counts every acknowledged update", lc.path)
			rv, _ := ParseETag(got.header.Get("ETag"))
			assert.Equal(t, 1+lc.successes.Load(), rv.Version, "the version of %s", lc.path)
		}
	})
}

// runLoadClient sends requests until the deadline: half reads of a case, a
// tenth lists, and the rest increments of a case's counter by GET and PUT
// with If-Match, read again and retried when another client came first.
func runLoadClient(ctx context.Context, deadline time.Time, client *http.Client, base string, cases []*loadCase, rng *rand.Rand, st *loadStats) {
	send := func(method, path string, body []byte, ifMatch string) (status int, header http.Header, data []byte, ok bool) {
		var rd io.Reader
		if body != nil {
			rd = bytes.NewReader(body)
		}
		req, err := http.NewRequestWithContext(ctx, method, base+path, rd)
		if err != nil {
			st.failures = append(st.failures, err.Error())
			return 0, nil, nil, false
		}
		req.Header.Set("Authorization", "Bearer "+testToken)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		if ifMatch != "" {
			req.Header.Set("If-Match", ifMatch)
		}
		began := time.Now()
		resp, err := client.Do(req)
		if err == nil {
			data, err = io.ReadAll(resp.Body)
			_ = resp.Body.Close()
		}
		st.latencies = append(st.latencies, time.Since(began))
		if err != nil {
			st.failures = append(st.failures, fmt.Sprintf("%s %s: %v", method, path, err))
			return 0, nil, nil, false
		}
		if resp.StatusCode >= 500 {
			st.status5xx++
		}
		return resp.StatusCode, resp.Header, data, true
	}
	expect := func(method, path string, got int, want ...int) bool {
		if slices.Contains(want, got) {
			return true
		}
		st.failures = append(st.failures, fmt.Sprintf("%s %s: status %d", method, path, got))
		return false
	}

	for time.Now().Before(deadline) {
		lc := cases[rng.IntN(len(cases))]
		switch r := rng.IntN(10); {
		case r < 5:
			if status, _, _, ok := send("GET", lc.path, nil, ""); ok {
				expect("GET", lc.path, status, http.StatusOK)
			}
		case r < 6:
			if status, _, _, ok := send("GET", "/v1/cases?limit=5", nil, ""); ok {
				expect("GET", "/v1/cases", status, http.StatusOK)
			}
		default:
			for time.Now().Before(deadline) {
				status, header, data, ok := send("GET", lc.path, nil, "")
				if !ok || !expect("GET", lc.path, status, http.StatusOK) {
					break
				}
				n, ok := readCounter(data)
				if !ok {
					st.failures = append(st.failures, "no counter in "+lc.path)
					break
				}
				doc := lc.doc
				doc.Collaboration.Notes = counterPrefix + strconv.FormatInt(n+1, 10)
				body, err := json.Marshal(doc)
				if err != nil {
					st.failures = append(st.failures, err.Error())
					break
				}
				status, _, _, ok = send("PUT", lc.path, body, header.Get("ETag"))
				if !ok {
					break
				}
				if status == http.StatusOK {
					lc.successes.Add(1)
					break
				}
				if !expect("PUT", lc.path, status, http.StatusPreconditionFailed) {
					break
				}
				st.retries++
			}
		}
	}
}

// readCounter reads the load-test counter from a case document.
func readCounter(doc []byte) (int64, bool) {
	var c struct {
		Collaboration struct {
			Notes string `json:"notes"`
		} `json:"collaboration"`
	}
	if json.Unmarshal(doc, &c) != nil {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(c.Collaboration.Notes, counterPrefix), 10, 64)
	return n, err == nil
}

// percentile returns the p-th percentile of sorted durations (nearest
// rank).
func percentile(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[max(0, min(i-1, len(sorted)-1))]
}
