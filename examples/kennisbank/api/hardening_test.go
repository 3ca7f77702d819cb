package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/regiokompas/regiokompas/examples/kennisbank/internal/kbtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIfNoneMatchComparesWeakly(t *testing.T) {
	s := startServer(t, Config{})
	created := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland"))
	require.Equal(t, http.StatusCreated, created.status, "%s", created.body)
	tag := created.header.Get("ETag")
	path := "/v1/cases/" + demoCase(t, "friesland").Case.Collaboration.ID.String()

	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"the weak form of the current tag is not modified", "W/" + tag, http.StatusNotModified},
		{"the weak form among others is not modified", `"zz-1", W/` + tag, http.StatusNotModified},
		{"the strong tag is not modified", tag, http.StatusNotModified},
		{"another tag gets the case", `W/"zz-1"`, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, s.do("GET", path, nil, "If-None-Match", tt.header).status)
		})
	}
	t.Run("If-Match stays strong: a weak tag is stale", func(t *testing.T) {
		put := s.do("PUT", path, kbtest.DemoJSON(t, "friesland"), "If-Match", "W/"+tag)
		assert.Equal(t, http.StatusPreconditionFailed, put.status)
		assert.Equal(t, tag, put.header.Get("ETag"), "a 412 carries the current tag")
	})
}

func TestEveryAnswerSaysNosniffAndCaseDataIsNotCached(t *testing.T) {
	s := startServer(t, Config{})
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland")).status)
	id := demoCase(t, "friesland").Case.Collaboration.ID.String()
	for _, path := range []string{"/v1/cases", "/v1/cases/" + id, "/v1/cases/" + id + "/report", "/v1/cases/nothing"} {
		got := s.do("GET", path, nil)
		assert.Equal(t, "nosniff", got.header.Get("X-Content-Type-Options"), path)
		assert.Equal(t, "private, no-store", got.header.Get("Cache-Control"), path)
	}
	openapi := s.do("GET", "/openapi.json", nil)
	assert.Equal(t, "nosniff", openapi.header.Get("X-Content-Type-Options"))
	assert.Empty(t, openapi.header.Get("Cache-Control"), "the API's description is no case data")
}

func TestABodyWithAContentEncodingIsRefused(t *testing.T) {
	s := startServer(t, Config{})
	for _, enc := range []string{"gzip", "br", "identity"} {
		got := s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland"), "Content-Encoding", enc)
		assert.Equal(t, http.StatusUnsupportedMediaType, got.status, enc)
	}
	assert.Equal(t, http.StatusNotFound, s.do("GET", "/v1/cases/"+demoCase(t, "friesland").Case.Collaboration.ID.String(), nil).status,
		"nothing was stored")
}

func TestReportsAreBoundedInNumberAndCached(t *testing.T) {
	s := startServer(t, Config{MaxReports: 1})
	require.Equal(t, http.StatusCreated, s.do("POST", "/v1/cases", kbtest.DemoJSON(t, "friesland")).status)
	path := "/v1/cases/" + demoCase(t, "friesland").Case.Collaboration.ID.String() + "/report?asOf=2022-06-21"

	s.srv.reports <- struct{}{} // one report is being worked out: the most allowed
	busy := s.do("GET", path, nil)
	assert.Equal(t, http.StatusServiceUnavailable, busy.status)
	assert.Equal(t, "1", busy.header.Get("Retry-After"))
	<-s.srv.reports

	first := s.do("GET", path, nil)
	require.Equal(t, http.StatusOK, first.status, "%s", first.body)
	s.srv.reports <- struct{}{}
	again := s.do("GET", path, nil)
	<-s.srv.reports
	assert.Equal(t, http.StatusOK, again.status, "a cached report needs no work, so it is served while the server is busy")
	assert.Equal(t, first.body, again.body)

	dutch := s.do("GET", path+"&lang=nl", nil)
	assert.NotEqual(t, first.body, dutch.body, "the language is part of the key")
	assert.Len(t, s.srv.cache.entries, 2)
}

func TestTheLoggedStatusIsTheStatusSent(t *testing.T) {
	t.Run("a request whose client left before the answer is logged as 499", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		sw := &statusWriter{ResponseWriter: httptest.NewRecorder()}
		assert.Equal(t, statusClientGone, sw.sentStatus(httptest.NewRequestWithContext(ctx, "GET", "/", nil)))
	})
	t.Run("an answer that could not be written is logged as 499", func(t *testing.T) {
		sw := &statusWriter{ResponseWriter: failingWriter{httptest.NewRecorder()}}
		_, _ = sw.Write([]byte("{}"))
		assert.Equal(t, statusClientGone, sw.sentStatus(httptest.NewRequest("GET", "/", nil)))
	})
	t.Run("an answer written whole is logged with its status", func(t *testing.T) {
		sw := &statusWriter{ResponseWriter: httptest.NewRecorder()}
		sw.WriteHeader(http.StatusCreated)
		_, _ = sw.Write([]byte("{}"))
		assert.Equal(t, http.StatusCreated, sw.sentStatus(httptest.NewRequest("GET", "/", nil)))
	})
	s := startServer(t, Config{})
	s.do("GET", "/v1/cases", nil)
	assert.True(t, strings.Contains(s.logs.String(), `"status":200`), s.logs.String())
}

// failingWriter is a ResponseWriter whose client has gone.
type failingWriter struct{ http.ResponseWriter }

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestEveryErrorIsProblemDetails(t *testing.T) {
	s := startServer(t, Config{})
	tests := []struct {
		name, method, path string
		body               any
		status             int
		problems           bool
	}{
		{"a case that does not decode", "POST", "/v1/cases", `{"stakeholders": 5}`, http.StatusBadRequest, true},
		{"a bad query parameter", "GET", "/v1/cases?limit=x", nil, http.StatusBadRequest, true},
		{"an unknown case", "GET", "/v1/cases/c0000000-0000-4000-8000-000000000009", nil, http.StatusNotFound, false},
		{"an unknown route", "GET", "/v2", nil, http.StatusNotFound, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s.do(tt.method, tt.path, tt.body)
			require.Equal(t, tt.status, got.status, "%s", got.body)
			assert.Equal(t, "application/problem+json", got.header.Get("Content-Type"))
			var p problemDetails
			got.json(t, &p)
			assert.Equal(t, "about:blank", p.Type)
			assert.Equal(t, http.StatusText(tt.status), p.Title)
			assert.Equal(t, tt.status, p.Status)
			assert.NotEmpty(t, p.Error)
			assert.Equal(t, p.Message, p.Detail)
			assert.Equal(t, tt.problems, len(p.Problems) > 0, "the problems list, as an extension member")
		})
	}
}
