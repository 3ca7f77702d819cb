package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/regiokompas/regiokompas/collab"
	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/regiokompas/regiokompas/examples/kennisbank/store"
	"github.com/regiokompas/regiokompas/lesson/assess/demo"
	"github.com/stretchr/testify/require"
)

// testToken is the bearer token of the test servers.
const testToken = kbtest.Token

// testClock is the time the test servers read from their clock.
var testClock = time.Date(2022, 6, 21, 10, 0, 0, 0, time.UTC)

// testServer is a kennisbank server on a loopback port with a fresh SQLite
// database, and a client for it.
type testServer struct {
	srv    *Server // the server itself, for tests that look inside
	t      *testing.T
	url    string
	client *http.Client
	logs   *kbtest.SyncBuffer
}

// startServer starts a server on 127.0.0.1 with cfg; a nil cfg.Store gets a
// new SQLite file, an empty token the test token.
func startServer(t *testing.T, cfg Config) *testServer {
	t.Helper()
	if cfg.Store == nil {
		st, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "kennisbank.db"), store.Options{})
		require.NoError(t, err)
		t.Cleanup(func() { _ = st.Close() })
		cfg.Store = st
	}
	if cfg.Token == "" && !cfg.Insecure {
		cfg.Token = testToken
	}
	logs := &kbtest.SyncBuffer{}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	}
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return testClock }
	}
	srv, err := New(cfg)
	require.NoError(t, err)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return &testServer{t: t, url: hs.URL, client: hs.Client(), logs: logs, srv: srv}
}

// response is what a request brought back.
type response struct {
	status int
	header http.Header
	body   []byte
}

// json decodes the body into v.
func (r response) json(t *testing.T, v any) {
	t.Helper()
	require.NoError(t, json.Unmarshal(r.body, v), "body: %s", r.body)
}

// problems decodes a 400 body.
func (r response) problems(t *testing.T) problemsBody {
	t.Helper()
	var p problemsBody
	r.json(t, &p)
	return p
}

// do sends a request with the test token and the given headers (pairs of
// name and value); body may be nil, a []byte or a string.
func (s *testServer) do(method, path string, body any, headers ...string) response {
	s.t.Helper()
	return s.doAs(testToken, method, path, body, headers...)
}

// doAs is do with another token; "" sends no Authorization header.
func (s *testServer) doAs(token, method, path string, body any, headers ...string) response {
	s.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		rd = bytes.NewReader(b)
	case string:
		rd = strings.NewReader(b)
	case io.Reader:
		rd = b
	default:
		s.t.Fatalf("body of type %T", body)
	}
	req, err := http.NewRequestWithContext(s.t.Context(), method, s.url+path, rd)
	require.NoError(s.t, err)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i+1] == "" {
			req.Header.Del(headers[i])
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := s.client.Do(req)
	require.NoError(s.t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(s.t, err)
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

// demoCase returns the named demo case.
func demoCase(t testing.TB, name string) demo.Demo {
	t.Helper()
	d, ok := demo.Lookup(name)
	require.True(t, ok, "no demo %q", name)
	return d
}

// errorBody is what tests read of an error answer's problem details.
type errorBody struct {
	Error     string `json:"error"`
	Message   string `json:"message"`
	RequestID string `json:"requestId,omitempty"`
}

// problemsBody is what tests read of the problems of an error answer.
type problemsBody struct {
	Problems []collab.Problem `json:"problems"`
}
