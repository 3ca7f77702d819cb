package browser

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Serve serves page as an HTML document from an httptest server on the
// loopback address, closed when the test ends, and returns its URL.
func Serve(t testing.TB, page []byte) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/"
}
