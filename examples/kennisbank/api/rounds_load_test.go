package api

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store/storetest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundLoadRaters is how many raters fill in one round at once in the
// load test: a large regional table.
const roundLoadRaters = 50

// TestRoundLoad has 50 raters save and change their answers at once while
// the programme manager watches the round, then closes it: no request
// fails, and the closed round holds every rater's last acknowledged
// answer. The rate limits are lifted: every rater comes from loopback.
func TestRoundLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for seconds; skipped with -short")
	}
	open := func() Config {
		return Config{Logger: slog.New(slog.DiscardHandler),
			RaterPerToken: web.NewLimiter(1<<20, 1<<20), RaterPerAddress: web.NewLimiter(1<<20, 1<<20)}
	}
	t.Run("one server on SQLite", func(t *testing.T) {
		runRoundLoad(t, []*testServer{startServer(t, open())})
	})
	if b, ok := storetest.Postgres(); ok {
		t.Run("two servers on one PostgreSQL", func(t *testing.T) {
			one, two := open(), open()
			one.Store, two.Store = b.Open(t), b.Open(t)
			runRoundLoad(t, []*testServer{startServer(t, one), startServer(t, two)})
		})
	} else {
		t.Logf("%s is not set: the load on PostgreSQL is not tested", storetest.PostgresEnv)
	}
}

func runRoundLoad(t *testing.T, servers []*testServer) {
	s := servers[0]
	d := demoCase(t, "zoetermeer-2025")
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "zoetermeer-2025")).status)
	members := d.Case.Collaboration.Members
	levels := []string{"executive", "manager", "professional"}
	specs := make([]map[string]any, roundLoadRaters)
	for i := range specs {
		specs[i] = map[string]any{"stakeholder": members[i%len(members)].Stakeholder, "level": levels[i%len(levels)]}
	}
	resp := s.do("POST", caseURL(d.Case.Collaboration.ID)+"/rounds", kbtest.MustJSON(t, map[string]any{"raters": specs}))
	require.Equal(t, http.StatusCreated, resp.status, "%s", resp.body)
	var round openedRound
	resp.json(t, &round)

	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 2 * roundLoadRaters},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	defer client.CloseIdleConnections()
	deadline := time.Now().Add(loadDuration() / 2)
	var (
		requests atomic.Int64
		mu       sync.Mutex
		failures []string
		last     = make([]int, roundLoadRaters) // the last acknowledged score per rater
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		failures = append(failures, fmt.Sprintf(format, args...))
	}
	send := func(ctx context.Context, base, method, path, form string, auth bool) (int, string) {
		var body io.Reader
		if form != "" {
			body = strings.NewReader(form)
		}
		req, err := http.NewRequestWithContext(ctx, method, base+path, body)
		if err != nil {
			fail("%v", err)
			return 0, ""
		}
		if form != "" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		if auth {
			req.Header.Set("Authorization", "Bearer "+testToken)
		}
		res, err := client.Do(req)
		requests.Add(1)
		if err != nil {
			fail("%s %s: %v", method, path, err)
			return 0, ""
		}
		data, _ := io.ReadAll(res.Body)
		_ = res.Body.Close()
		return res.StatusCode, string(data)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for i, rt := range round.Raters {
		base := servers[i%len(servers)].url
		wg.Go(func() {
			for n := 0; time.Now().Before(deadline); n++ {
				score := 1 + (i+n)%5
				if status, _ := send(t.Context(), base, "POST", rt.Link, url.Values{"score:urgency.need": {fmt.Sprint(score)}}.Encode(), false); status != http.StatusSeeOther {
					fail("rater %d: status %d", i, status)
					return
				}
				mu.Lock()
				last[i] = score
				mu.Unlock()
				if status, _ := send(t.Context(), base, "GET", rt.Link, "", false); status != http.StatusOK {
					fail("rater %d reading the form: status %d", i, status)
				}
			}
		})
	}
	wg.Go(func() {
		for time.Now().Before(deadline) {
			if status, _ := send(t.Context(), servers[len(servers)-1].url, "GET", round.Href, "", true); status != http.StatusOK {
				fail("reading the round: status %d", status)
			}
		}
	})
	wg.Wait()
	elapsed := time.Since(start)
	t.Logf("%d raters, %d server(s), %v: %d requests, %.0f requests/s (race detector: %v)",
		roundLoadRaters, len(servers), elapsed.Round(time.Millisecond), requests.Load(), float64(requests.Load())/elapsed.Seconds(), raceEnabled)
	assert.Empty(t, failures)

	resp = s.do("POST", round.Href+"/close", nil)
	require.Equal(t, http.StatusOK, resp.status, "%s", resp.body)
	got := s.do("GET", round.Href+"/workshop", nil)
	require.Equal(t, http.StatusOK, got.status)
	var closed openedRound
	resp.json(t, &closed)
	assert.Equal(t, roundLoadRaters, closed.Answered)

	// The closed round holds each rater's last acknowledged score.
	stored, err := s.srv.rounds.GetRound(t.Context(), d.Case.Collaboration.ID, round.ID)
	require.NoError(t, err)
	for i, rt := range stored.Raters {
		require.NotNil(t, rt.Answer, "rater %d", i)
		got, _ := rt.Answer.Score("urgency.need")
		assert.Equal(t, last[i], got, "rater %d", i)
	}
	assert.Equal(t, "closed", stored.State.String())
	assert.True(t, slices.IndexFunc(last, func(n int) bool { return n == 0 }) < 0, "every rater saved at least once")
}
