package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// postRaterForm posts a rater's form to the process, as a browser would:
// no token header, no redirect followed.
func (p *serverProcess) postRaterForm(ctx context.Context, link string, form url.Values) (int, error) {
	req, err := http.NewRequestWithContext(ctx, "POST", p.url+link, strings.NewReader(form.Encode()))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	client := &http.Client{Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	_ = resp.Body.Close()
	return resp.StatusCode, nil
}

// A rater's answer that the server acknowledged (303) is there after the
// server is killed with SIGKILL and started again: the round and its
// answers are in the same durable SQLite file as the cases.
func TestEveryAcknowledgedAnswerSurvivesAKill(t *testing.T) {
	bin := buildServer(t)
	db := filepath.Join(t.TempDir(), "kennisbank.db")
	first := startProcess(t, bin, db)
	client := &http.Client{Timeout: 10 * time.Second}

	d, ok := demo.Lookup("zoetermeer-2025")
	require.True(t, ok)
	resp, _, err := first.request(t.Context(), client, "POST", "/v1/cases", bytes.NewReader(kbtest.MustJSON(t, d.Case)))
	require.NoError(t, err)
	require.Equal(t, http.StatusCreated, resp.StatusCode)
	const raters = 10
	specs := make([]map[string]any, raters)
	for i := range specs {
		specs[i] = map[string]any{"stakeholder": d.Case.Collaboration.Members[i%3].Stakeholder, "level": "professional"}
	}
	resp, body, err := first.request(t.Context(), client, "POST", "/v1/cases/"+d.Case.Collaboration.ID.String()+"/rounds",
		bytes.NewReader(kbtest.MustJSON(t, map[string]any{"raters": specs})))
	require.NoError(t, err)
	require.Equal(t, http.StatusCreated, resp.StatusCode, "%s", body)
	links := regexp.MustCompile(`"link":"(/r/[^"]+)"`).FindAllStringSubmatch(string(body), -1)
	require.Len(t, links, raters)

	// Each rater saves answers over and over until the server dies; the
	// comment counts the saves, and the last acknowledged one is noted.
	var (
		mu    sync.Mutex
		acked = map[string]int{}
		count int
	)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var wg sync.WaitGroup
	for _, l := range links {
		link := l[1]
		wg.Go(func() {
			for n := 1; ctx.Err() == nil && n <= 4; n++ { // within the per-token burst of the rate limit
				form := url.Values{"score:urgency.need": {strconv.Itoa(1 + n%5)}, "comment:urgency": {fmt.Sprintf("save %d", n)}}
				status, err := first.postRaterForm(ctx, link, form)
				if err != nil {
					return // the server is gone
				}
				if !assert.Equal(t, http.StatusSeeOther, status) {
					return
				}
				mu.Lock()
				acked[link], count = n, count+1
				mu.Unlock()
			}
		})
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		mu.Lock()
		n := count
		mu.Unlock()
		if n >= 20 || time.Now().After(deadline) {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, first.cmd.Process.Signal(syscall.SIGKILL), "kill the server without a shutdown")
	err = <-first.done
	first.done <- err // for the cleanup
	cancel()
	wg.Wait()

	mu.Lock()
	defer mu.Unlock()
	require.GreaterOrEqual(t, count, 20, "answers acknowledged before the kill")
	t.Logf("%d answers of %d raters acknowledged before SIGKILL", count, len(acked))

	second := startProcess(t, bin, db)
	saved := regexp.MustCompile(`save (\d+)</textarea>`)
	for link, n := range acked {
		req, err := http.NewRequestWithContext(t.Context(), "GET", second.url+link+"?lang=en", nil)
		require.NoError(t, err)
		resp, err := client.Do(req)
		require.NoError(t, err)
		var page bytes.Buffer
		_, _ = page.ReadFrom(resp.Body)
		_ = resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode, "the link %s no longer works", link)
		m := saved.FindStringSubmatch(html.UnescapeString(page.String()))
		require.NotNil(t, m, "the answer behind %s is lost", link)
		got, _ := strconv.Atoi(m[1])
		assert.GreaterOrEqual(t, got, n, "the answer behind %s lost an acknowledged save", link)
	}
}
